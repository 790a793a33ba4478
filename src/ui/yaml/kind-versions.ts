import { supportedVersions } from '../../core/schema/registry';

/** A kind the core reads, in one API version. */
export interface KindVersion {
  readonly group: string;
  readonly kind: string;
  readonly version: string;
  /** `group/version`, or the version alone for the core group ("v1"). */
  readonly apiVersion: string;
}

/** Every group/version/kind the core reads, newest version first within a kind. */
export function kindVersions(): KindVersion[] {
  return Object.entries(supportedVersions).flatMap(([key, versions]) => {
    const slash = key.lastIndexOf('/');
    const group = key.slice(0, slash);
    const kind = key.slice(slash + 1);
    return versions.map((version) => ({
      group,
      kind,
      version,
      apiVersion: group ? `${group}/${version}` : version,
    }));
  });
}
