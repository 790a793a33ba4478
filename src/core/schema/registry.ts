/**
 * Which schema validates which object. `objectSchemaFor` answers for a whole object: the
 * top-level keys `apiVersion`, `kind`, `metadata`, plus `spec` and `status` for Gateway API kinds
 * and Service/Namespace, or `type`/`data`/`stringData` (Secret) and `data`/`binaryData`
 * (ConfigMap). Unknown group/version/kind pairs have no schema.
 */
import { ObjectMeta } from './common';
import { ConfigMapFields, NamespaceFields, SecretFields, ServiceFields } from './core-kinds';
import { any, obj, str } from './dsl';
import { GatewayClassSpec, GatewaySpec } from './gateway';
import { JSON_SCHEMA_DRAFT_07, toJsonSchema } from './json-schema';
import type { JsonSchema } from './json-schema';
import { ListenerSetSpec, XListenerSetSpec } from './listener-set';
import { BackendTLSPolicySpec, BackendTLSPolicyV1Alpha2Spec, ReferenceGrantSpec } from './policy';
import {
  GRPCRouteSpec,
  HTTPRouteSpec,
  TCPRouteSpec,
  TCPRouteV1Alpha2Spec,
  TLSRouteSpec,
  TLSRouteV1Alpha2Spec,
  TLSRouteV1Alpha3Spec,
  UDPRouteSpec,
  UDPRouteV1Alpha2Spec,
} from './routes';
import type { ObjectSchema, Schema } from './types';

/** Top-level fields of a kind besides apiVersion, kind and metadata. */
interface Body {
  readonly fields: Readonly<Record<string, Schema>>;
  readonly required: readonly string[];
}

const G = 'gateway.networking.k8s.io';
const X = 'gateway.networking.x-k8s.io';

const Status = any({ doc: 'Written by the controller; the resolver computes its own.' });

function withSpec(spec: ObjectSchema): Body {
  return { fields: { spec, status: Status }, required: ['spec'] };
}

function core(fields: Readonly<Record<string, Schema>>): Body {
  return { fields, required: [] };
}

/** `${group}/${kind}` -> version -> body, newest version first. */
const bodies: readonly (readonly [string, readonly (readonly [string, Body])[]])[] = [
  [
    `${G}/GatewayClass`,
    [
      ['v1', withSpec(GatewayClassSpec)],
      ['v1beta1', withSpec(GatewayClassSpec)],
    ],
  ],
  [
    `${G}/Gateway`,
    [
      ['v1', withSpec(GatewaySpec)],
      ['v1beta1', withSpec(GatewaySpec)],
    ],
  ],
  [`${G}/ListenerSet`, [['v1', withSpec(ListenerSetSpec)]]],
  [`${X}/XListenerSet`, [['v1alpha1', withSpec(XListenerSetSpec)]]],
  [
    `${G}/HTTPRoute`,
    [
      ['v1', withSpec(HTTPRouteSpec)],
      ['v1beta1', withSpec(HTTPRouteSpec)],
    ],
  ],
  // v1alpha2 (v1.0, removed in v1.2) is read with the v1 shape.
  [
    `${G}/GRPCRoute`,
    [
      ['v1', withSpec(GRPCRouteSpec)],
      ['v1alpha2', withSpec(GRPCRouteSpec)],
    ],
  ],
  [
    `${G}/TLSRoute`,
    [
      ['v1', withSpec(TLSRouteSpec)],
      ['v1alpha3', withSpec(TLSRouteV1Alpha3Spec)],
      ['v1alpha2', withSpec(TLSRouteV1Alpha2Spec)],
    ],
  ],
  [
    `${G}/TCPRoute`,
    [
      ['v1', withSpec(TCPRouteSpec)],
      ['v1alpha2', withSpec(TCPRouteV1Alpha2Spec)],
    ],
  ],
  [
    `${G}/UDPRoute`,
    [
      ['v1', withSpec(UDPRouteSpec)],
      ['v1alpha2', withSpec(UDPRouteV1Alpha2Spec)],
    ],
  ],
  [
    `${G}/BackendTLSPolicy`,
    [
      ['v1', withSpec(BackendTLSPolicySpec)],
      ['v1alpha3', withSpec(BackendTLSPolicySpec)],
      ['v1alpha2', withSpec(BackendTLSPolicyV1Alpha2Spec)],
    ],
  ],
  [
    `${G}/ReferenceGrant`,
    [
      ['v1', withSpec(ReferenceGrantSpec)],
      ['v1beta1', withSpec(ReferenceGrantSpec)],
      ['v1alpha2', withSpec(ReferenceGrantSpec)],
    ],
  ],
  ['/Secret', [['v1', core(SecretFields)]]],
  ['/ConfigMap', [['v1', core(ConfigMapFields)]]],
  ['/Service', [['v1', core(ServiceFields)]]],
  ['/Namespace', [['v1', core(NamespaceFields)]]],
];

const table = new Map(bodies.map(([key, versions]) => [key, new Map(versions)]));

/**
 * Accepted versions per `${group}/${kind}` (core kinds have an empty group: `/Secret`), newest
 * first.
 */
export const supportedVersions: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    bodies.map(([key, versions]) => [key, Object.freeze(versions.map(([v]) => v))]),
  ),
);

const cache = new Map<string, ObjectSchema>();

/** Schema of a whole object of this kind and version, or undefined when we do not know it. */
export function objectSchemaFor(
  group: string,
  version: string,
  kind: string,
): ObjectSchema | undefined {
  const id = `${group}/${version}/${kind}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const body = table.get(`${group}/${kind}`)?.get(version);
  if (!body) return undefined;
  const apiVersion = group ? `${group}/${version}` : version;
  const schema = obj(
    {
      apiVersion: str({ enum: [apiVersion], doc: 'API group and version of the object.' }),
      kind: str({ enum: [kind], doc: 'Kind of the object.' }),
      metadata: ObjectMeta,
      ...body.fields,
    },
    { required: ['apiVersion', 'kind', ...body.required], doc: `A ${kind} (${apiVersion}).` },
  );
  cache.set(id, schema);
  return schema;
}

/**
 * JSON Schema (draft-07) of a whole object, for the editor. Unknown kinds get a schema that
 * accepts anything, so the editor does not flag objects the resolver merely ignores.
 */
export function jsonSchemaFor(group: string, version: string, kind: string): JsonSchema {
  const schema = objectSchemaFor(group, version, kind);
  if (!schema) return { $schema: JSON_SCHEMA_DRAFT_07 };
  return { $schema: JSON_SCHEMA_DRAFT_07, title: kind, ...toJsonSchema(schema) };
}
