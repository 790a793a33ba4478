/**
 * Light schemas for the core kinds the resolver reads: Secret, ConfigMap, Service, Namespace.
 * Each is the set of top-level fields besides `apiVersion`, `kind` and `metadata` (the registry
 * adds those). Only what resolution depends on is typed; the rest is accepted as is.
 */
import { PortNumber } from './common';
import { any, bool, int, list, map, obj, str } from './dsl';
import type { Schema } from './types';

const DataKey = {
  keyPattern: /^[-._a-zA-Z0-9]+$/,
  keyPatternName: 'data key (letters, digits, "-", "_", ".")',
} as const;

export const SecretFields: Readonly<Record<string, Schema>> = {
  type: str({
    doc: 'Secret type; listener and client certificates use kubernetes.io/tls (tls.crt and tls.key).',
  }),
  data: map(str(), {
    ...DataKey,
    doc: 'Base64-encoded values by key (tls.crt, tls.key, ca.crt…).',
  }),
  stringData: map(str(), { ...DataKey, doc: 'Plain-text values; merged over data when written.' }),
  immutable: bool(),
};

export const ConfigMapFields: Readonly<Record<string, Schema>> = {
  data: map(str(), { ...DataKey, doc: 'Values by key; CA bundles live under ca.crt as PEM.' }),
  binaryData: map(str(), { ...DataKey, doc: 'Base64-encoded binary values by key.' }),
  immutable: bool(),
};

const ServicePort = obj(
  {
    name: str({
      maxLength: 63,
      doc: 'Port name; BackendTLSPolicy sectionName refers to it.',
    }),
    port: PortNumber,
    protocol: str({ enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP' }),
    appProtocol: str({ doc: 'Application protocol of the port (e.g. kubernetes.io/h2c).' }),
    targetPort: any({ doc: 'Port number or name on the pods.' }),
    nodePort: int(),
  },
  { required: ['port'], doc: 'A port the Service exposes.' },
);

export const ServiceFields: Readonly<Record<string, Schema>> = {
  spec: obj(
    {
      ports: list(ServicePort, {
        mapKeys: ['port', 'protocol'],
        doc: 'Ports the Service exposes; route backendRefs pick one by number.',
      }),
    },
    { open: true, doc: 'Service spec; only ports matter here.' },
  ),
  status: any(),
};

export const NamespaceFields: Readonly<Record<string, Schema>> = {
  spec: obj({ finalizers: list(str()) }, { open: true }),
  status: any(),
};
