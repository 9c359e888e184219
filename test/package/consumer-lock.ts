/**
 * A package-lock.json for a fresh project that depends on nothing but the packed evaltab
 * tarball: evaltab's runtime dependency tree exactly as this repository's lock resolved it
 * (every entry that is not dev-only). With it, `npm ci --offline` installs the tarball from
 * npm's cache alone — the cache `npm ci` of this repository filled — the way a user's install
 * would, but without the network (a lock-less `npm install --offline` needs registry metadata
 * that a cache may not hold).
 */
interface LockEntry { dev?: boolean; name?: string; version?: string; [key: string]: unknown }
interface Lock { packages: Record<string, LockEntry> }
interface Manifest { name: string; version: string; [key: string]: unknown }

export function consumerLock(repoLock: Lock, manifest: Manifest, tarball: string, integrity: string): object {
  const runtime = Object.entries(repoLock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev);
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => manifest[k] !== undefined).map((k) => [k, manifest[k]]));
  return {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer', dependencies: { [manifest.name]: `file:${tarball}` } },
      [`node_modules/${manifest.name}`]: {
        version: manifest.version, resolved: `file:${tarball}`, integrity,
        ...pick(['dependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin', 'engines']),
      },
      ...Object.fromEntries(runtime.map(([path, entry]) => [path, { resolved: tarballUrl(path, entry), ...entry }])),
    },
  };
}

/**
 * The registry tarball address of a lock entry (this repository's lock omits them): with it npm
 * takes the tarball from its cache by integrity and never asks the registry for metadata.
 */
function tarballUrl(path: string, entry: LockEntry): string {
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  return `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
}
