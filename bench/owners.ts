/** Who a profiled function belongs to, for the summaries of CPU and allocation profiles. */

/** `node_modules/@scope/name/…` → `@scope/name`; our files by path; node internals and V8 by kind. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const ours = url.indexOf('/dist/');
  return ours >= 0 ? url.slice(ours + '/dist/'.length) : url;
}
