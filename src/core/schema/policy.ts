/**
 * BackendTLSPolicy (v1 and v1alpha3 share a shape; v1alpha2 is the v1.0 shape with `targetRef`
 * and `tls`) and ReferenceGrant (v1, v1beta1, v1alpha2: one shape) `spec` schemas.
 */
import {
  Group,
  Hostname,
  Kind,
  LocalObjectReference,
  NamespaceName,
  ObjectName,
  PreciseHostname,
  SectionName,
  TLSOptions,
} from './common';
import { list, obj, str } from './dsl';

const PolicyTargetReference = obj(
  {
    group: Group,
    kind: Kind,
    name: ObjectName,
    sectionName: {
      ...SectionName,
      doc: 'The Service port name this policy applies to; unset means every port.',
    },
  },
  {
    required: ['group', 'kind', 'name'],
    doc: 'A Service (group "", kind Service) in this namespace.',
  },
);

const SubjectAltName = obj(
  {
    type: str({ enum: ['Hostname', 'URI'], doc: 'Which of hostname or uri this entry holds.' }),
    hostname: { ...Hostname, doc: 'A DNS name the backend certificate must carry.' },
    uri: str({
      minLength: 1,
      maxLength: 253,
      pattern: /^(([^:/?#]+):)(\/\/([^/?#]*))([^?#]*)(\?([^#]*))?(#(.*))?/,
      patternName: 'absolute URI (scheme://authority/path)',
      doc: 'A URI SAN the backend certificate must carry (e.g. a SPIFFE ID).',
    }),
  },
  { required: ['type'], doc: 'One accepted identity of the backend certificate.' },
);

const WELL_KNOWN_CA =
  /^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$/;

const BackendTLSValidation = obj(
  {
    caCertificateRefs: list(LocalObjectReference, {
      maxItems: 8,
      doc: 'CA bundles (a ConfigMap with ca.crt) in this namespace that sign the backend certificate.',
    }),
    wellKnownCACertificates: str({
      minLength: 1,
      maxLength: 253,
      pattern: WELL_KNOWN_CA,
      patternName: 'well-known CA set (System or domain/name)',
      doc: 'Use a well-known CA set such as System instead of caCertificateRefs.',
    }),
    hostname: {
      ...PreciseHostname,
      doc: 'SNI sent to the backend, and the identity its certificate must match unless subjectAltNames is set.',
    },
    subjectAltNames: list(SubjectAltName, { maxItems: 5 }),
  },
  { required: ['hostname'], doc: 'How the Gateway verifies the backend certificate.' },
);

export const BackendTLSPolicySpec = obj(
  {
    targetRefs: list(PolicyTargetReference, { minItems: 1, maxItems: 16 }),
    validation: BackendTLSValidation,
    options: TLSOptions,
  },
  {
    required: ['targetRefs', 'validation'],
    doc: 'TLS from the Gateway to the targeted Services.',
  },
);

/** v1.0 shape; the importer converts it to v1 (`targetRef` -> `targetRefs`, `tls` -> `validation`). */
export const BackendTLSPolicyV1Alpha2Spec = obj(
  {
    targetRef: obj(
      {
        group: Group,
        kind: Kind,
        name: ObjectName,
        namespace: NamespaceName,
        sectionName: SectionName,
      },
      { required: ['group', 'kind', 'name'], doc: 'The Service this policy applies to.' },
    ),
    tls: obj(
      {
        caCertRefs: list(LocalObjectReference, { maxItems: 8 }),
        wellKnownCACerts: str({ enum: ['System'] }),
        hostname: PreciseHostname,
      },
      { required: ['hostname'], doc: 'How the Gateway verifies the backend certificate.' },
    ),
  },
  {
    required: ['targetRef', 'tls'],
    doc: 'TLS from the Gateway to the targeted Service (v1alpha2).',
  },
);

export const ReferenceGrantSpec = obj(
  {
    from: list(
      obj(
        { group: Group, kind: Kind, namespace: NamespaceName },
        { required: ['group', 'kind', 'namespace'] },
      ),
      { minItems: 1, maxItems: 16, doc: 'Kinds and namespaces that may refer to objects here.' },
    ),
    to: list(obj({ group: Group, kind: Kind, name: ObjectName }, { required: ['group', 'kind'] }), {
      minItems: 1,
      maxItems: 16,
      doc: 'Objects in this namespace that may be referred to; no name means every object of the kind.',
    }),
  },
  {
    required: ['from', 'to'],
    doc: 'Lets objects in other namespaces refer to objects in this one.',
  },
);
