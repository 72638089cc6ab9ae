/**
 * Builds the task pane (taskpane.html) and the ribbon's FunctionFile (commands.html) into dist/,
 * with the icons and the manifest. Shape follows OfficeDev/Office-Addin-TaskPane-React.
 *   npm run build       production: minified, manifest rewritten to urlProd
 *   npm run dev-server  https://localhost:3000 with the office-addin-dev-certs certificate
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
// >>> Set your deployment URL here: the one place that decides where the production manifest points. <<<
const urlProd = 'https://www.contoso.com/respmatrix/';

/** The dev certificate is read (and, the first time, created) only when serving, so builds need none. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** What taskpane.html needs: whether to load office.js, and the worker bundle's emitted file name. */
function pageParameters(officeJs) {
  return (compilation) => ({
    officeJs,
    workerFile: compilation.entrypoints
      .get('worker')
      .getFiles()
      .find((f) => f.endsWith('.js')),
  });
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  return {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2020'],
    // The pages' CSP has no 'unsafe-eval', so no eval-based source maps even in development.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // exceljs runs here, off the page's thread; the pages find its hashed name in a meta tag.
      worker: './src/taskpane/worker/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Office's web views cache hard; a content hash makes a redeploy visible.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      // No Node polyfills needed: for target web, webpack picks exceljs's `browser` field, a
      // self-contained build (checked with webpack 5.113 / exceljs 4.4.0).
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; ES modules here let webpack tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // Licence banners and other comments (which carry URLs) are dropped rather than kept beside the bundle.
      minimizeOptions: { javascript: { compress: { passes: 2 }, format: { comments: false } } },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: pageParameters(true),
      }),
      // The same pane without office.js, for browsers and WPS users: nothing waits on Microsoft's CDN.
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: pageParameters(false),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
    ],
    performance: {
      // Loaded once from the add-in's own server and then cached; warn only when it gets unusually large.
      hints: dev ? false : 'warning',
      maxEntrypointSize: 3 * 1024 * 1024,
      maxAssetSize: 3 * 1024 * 1024,
    },
    devServer: {
      port: 3000,
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : undefined,
    },
  };
};
