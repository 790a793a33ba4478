/**
 * Gateway and GatewayClass `spec` schemas (v1 and v1beta1 share one shape). The Gateway schema
 * also accepts the v1.1–v1.3 experimental fields `listeners[].tls.frontendValidation` and
 * `spec.backendTLS`, so manifests written for those releases read without unknown-field warnings.
 */
import {
  Group,
  Hostname,
  Kind,
  LabelSelector,
  ObjectName,
  ObjectReference,
  PortNumber,
  ProtocolType,
  SecretObjectReference,
  SectionName,
  NamespaceName,
  TLSOptions,
} from './common';
import { list, map, obj, str } from './dsl';
import type { Schema } from './types';

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

const RouteGroupKind = obj(
  { group: { ...Group, default: GATEWAY_GROUP }, kind: Kind },
  { required: ['kind'], doc: 'A route kind this listener accepts.' },
);

export const AllowedRoutes = obj(
  {
    kinds: list(RouteGroupKind, {
      maxItems: 8,
      doc: 'Route kinds this listener accepts; empty means the kinds that fit the protocol.',
    }),
    namespaces: obj(
      {
        from: str({
          enum: ['All', 'Selector', 'Same'],
          default: 'Same',
          doc: 'Which namespaces may attach routes: Same (the owner of the listener), All, or Selector.',
        }),
        selector: LabelSelector,
      },
      { doc: 'Namespaces whose routes may attach.' },
    ),
  },
  { doc: 'Which routes may attach to this listener (default: routes from the same namespace).' },
);

/** v1.1–v1.3 experimental per-listener client certificate validation (moved to `spec.tls.frontend`). */
const LegacyFrontendValidation = obj(
  { caCertificateRefs: list(ObjectReference, { minItems: 1, maxItems: 8 }) },
  {
    doc: 'Pre-v1.4 experimental client certificate validation; v1.4 moved it to spec.tls.frontend.',
  },
);

export const ListenerTLSConfig = obj(
  {
    mode: str({
      enum: ['Terminate', 'Passthrough'],
      default: 'Terminate',
      doc: 'Terminate ends TLS at the Gateway; Passthrough forwards the encrypted stream (TLS listeners only).',
    }),
    certificateRefs: list(SecretObjectReference, {
      maxItems: 64,
      doc: 'Key pairs the listener serves; one kubernetes.io/tls Secret is the portable choice.',
    }),
    options: TLSOptions,
    frontendValidation: LegacyFrontendValidation,
  },
  {
    doc: 'TLS settings of the listener; needed for HTTPS and TLS, forbidden for HTTP, TCP and UDP.',
  },
);

/** The Listener (Gateway) / ListenerEntry (ListenerSet) shape; `port` differs in XListenerSet. */
export function listenerSchema(port: Schema, required: readonly string[]) {
  return obj(
    {
      name: { ...SectionName, doc: 'Listener name, unique within its Gateway or ListenerSet.' },
      hostname: {
        ...Hostname,
        doc: 'Hostname this listener serves (SNI and Host); unset matches every hostname.',
      },
      port,
      protocol: ProtocolType,
      tls: ListenerTLSConfig,
      allowedRoutes: AllowedRoutes,
    },
    { required, doc: 'A logical endpoint: port, protocol, optional hostname and TLS settings.' },
  );
}

export const Listener = listenerSchema(PortNumber, ['name', 'port', 'protocol']);

const FrontendTLSValidation = obj(
  {
    caCertificateRefs: list(ObjectReference, {
      minItems: 1,
      maxItems: 16,
      doc: 'CA bundles (usually a ConfigMap with ca.crt) that client certificates must chain to.',
    }),
    mode: str({
      enum: ['AllowValidOnly', 'AllowInsecureFallback'],
      default: 'AllowValidOnly',
      doc: 'AllowValidOnly refuses clients without a valid certificate; AllowInsecureFallback lets them in.',
    }),
  },
  { required: ['caCertificateRefs'], doc: 'How client certificates are validated.' },
);

const GatewayTLSConfig = obj(
  {
    backend: obj(
      {
        clientCertificateRef: {
          ...SecretObjectReference,
          doc: 'Client certificate the Gateway presents to TLS backends.',
        },
      },
      { doc: 'TLS settings for connections from the Gateway to backends.' },
    ),
    frontend: obj(
      {
        default: obj(
          { validation: FrontendTLSValidation },
          { doc: 'Client validation for HTTPS listeners on ports without a perPort entry.' },
        ),
        perPort: list(
          obj(
            { port: PortNumber, tls: obj({ validation: FrontendTLSValidation }) },
            {
              required: ['port', 'tls'],
              doc: 'Client validation for the HTTPS listeners on one port. It replaces the default there, even without validation (then no client certificate is checked).',
            },
          ),
          { maxItems: 64, mapKeys: ['port'] },
        ),
      },
      {
        required: ['default'],
        doc: 'Client certificate validation (mutual TLS) for HTTPS listeners.',
      },
    ),
  },
  { doc: 'Gateway-wide TLS settings: client validation and the backend client certificate.' },
);

const ADDRESS_TYPE =
  /^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

const GatewayAddress = obj(
  {
    type: str({
      minLength: 1,
      maxLength: 253,
      pattern: ADDRESS_TYPE,
      patternName: 'address type (IPAddress, Hostname, NamedAddress or domain/name)',
      default: 'IPAddress',
    }),
    value: str({ maxLength: 253 }),
  },
  { doc: 'An address requested for the Gateway.' },
);

const LabelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const Infrastructure = obj(
  {
    annotations: map(str({ maxLength: 4096 }), { maxProperties: 16 }),
    labels: map(str({ maxLength: 63, pattern: LabelValue, patternName: 'label value' }), {
      maxProperties: 8,
    }),
    parametersRef: obj(
      { group: Group, kind: Kind, name: ObjectName },
      { required: ['group', 'kind', 'name'] },
    ),
  },
  { doc: 'Labels, annotations and parameters for the infrastructure created for this Gateway.' },
);

const AllowedListeners = obj(
  {
    namespaces: obj({
      from: str({
        enum: ['All', 'Selector', 'Same', 'None'],
        default: 'None',
        doc: 'Which namespaces may attach ListenerSets: None (default), Same, All or Selector.',
      }),
      selector: LabelSelector,
    }),
  },
  { doc: 'Which ListenerSets may add listeners to this Gateway.' },
);

export const GatewaySpec = obj(
  {
    gatewayClassName: str({
      minLength: 1,
      maxLength: 253,
      doc: 'The GatewayClass (controller) that manages this Gateway.',
    }),
    listeners: list(Listener, {
      minItems: 1,
      maxItems: 64,
      mapKeys: ['name'],
      doc: 'Ports, protocols and hostnames the Gateway accepts traffic on.',
    }),
    addresses: list(GatewayAddress, { maxItems: 16 }),
    allowedListeners: AllowedListeners,
    defaultScope: str({ enum: ['All', 'None'] }),
    infrastructure: Infrastructure,
    tls: GatewayTLSConfig,
    backendTLS: obj(
      { clientCertificateRef: SecretObjectReference },
      {
        doc: 'Pre-v1.4 experimental backend client certificate; v1.4 moved it to spec.tls.backend.',
      },
    ),
  },
  { required: ['gatewayClassName', 'listeners'], doc: 'Desired state of the Gateway.' },
);

export const GatewayClassSpec = obj(
  {
    controllerName: str({
      minLength: 1,
      maxLength: 253,
      pattern:
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/,
      patternName: 'controller name (domain/path)',
      doc: 'The controller that manages Gateways of this class (domain/path); immutable.',
    }),
    description: str({ maxLength: 64 }),
    parametersRef: obj(
      { group: Group, kind: Kind, name: ObjectName, namespace: NamespaceName },
      { required: ['group', 'kind', 'name'] },
    ),
  },
  { required: ['controllerName'], doc: 'Desired state of the GatewayClass.' },
);
