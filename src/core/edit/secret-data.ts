import { parseDocument } from 'yaml';
import { splitDocuments } from '../parse/split-documents';
import { encodeBase64 } from '../x509/base64';
import { setScalarEdit } from './set-scalar';
import type { TextEdit } from './text-edit';

/** A Secret, by namespace and name. */
export interface SecretName {
  readonly namespace: string;
  readonly name: string;
}

function isSecret(value: unknown, secret: SecretName, defaultNamespace: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  return (
    o.kind === 'Secret' &&
    o.metadata?.name === secret.name &&
    (o.metadata.namespace ?? defaultNamespace) === secret.namespace
  );
}

function hasKey(map: unknown, key: string): boolean {
  return typeof map === 'object' && map !== null && Object.hasOwn(map, key);
}

/** ASCII text (PEM) as base64, the way a Secret's `data` holds it. */
function asciiBase64(text: string): string {
  return encodeBase64(Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff));
}

/**
 * Text edits that give entries of a Secret in `text` new values: written where the Secret
 * already holds the entry, in `stringData` as text or in `data` as base64, keeping each value's
 * style (see `setScalarEdit`). Undefined when the Secret or one of the entries is not in `text`.
 */
export function secretDataEdits(
  text: string,
  secret: SecretName,
  values: Readonly<Record<string, string>>,
  defaultNamespace = 'default',
): TextEdit[] | undefined {
  for (const span of splitDocuments(text)) {
    let value: unknown;
    try {
      value = parseDocument(text.slice(span.start, span.end), { logLevel: 'silent' }).toJS();
    } catch {
      continue; // an alias bomb or the like: not the Secret asked for
    }
    if (!isSecret(value, secret, defaultNamespace)) continue;
    const o = value as { stringData?: unknown; data?: unknown };
    const edits: TextEdit[] = [];
    for (const [key, v] of Object.entries(values)) {
      const edit = hasKey(o.stringData, key)
        ? setScalarEdit(text, span.start, span.end, ['stringData', key], v)
        : hasKey(o.data, key)
          ? setScalarEdit(text, span.start, span.end, ['data', key], asciiBase64(v))
          : undefined;
      if (!edit) return undefined;
      edits.push(edit);
    }
    return edits;
  }
  return undefined;
}
