// Imported before the library: its Worker asks for a file that is not there, as when only
// pip-widgets.js was copied to a site, so the worker's script answers 404.
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(_url: string | URL, options?: WorkerOptions) {
    super(new URL('/no-such-dir/pip-widgets-bundle-worker.js', location.href), options);
  }
};
