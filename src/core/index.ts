/**
 * The resolver core: reads a workspace of Kubernetes YAML and computes what a conformant
 * Gateway API controller would (status), plus the serving map, SNI answers and certificate facts.
 * Pure TypeScript: it runs unchanged in the Web Worker, the CLI and tests.
 */
export { Analyzer, analyzeWorkspace } from './analyze/analyzer';
export type { Analysis, AnalyzeOptions, ObjectInfo } from './analyze/analyzer';
export type { SecretCertificate } from './analyze/certificate-facts';
export type { CertificateFacts, KeyMatch, Coverage, CoverageReason } from './x509';
export { expiryState, expiryStateSpan } from './x509/expiry-state';
export { issueCertificate, toPem } from './x509/issue-certificate';
export type {
  CertificateIssuer,
  CertificateKey,
  CertificateTemplate,
} from './x509/issue-certificate';
export { parseInstant } from './time/instant';
export { humanInstant } from './time/human-instant';
export { secretDataEdits } from './edit/secret-data';
export type { SecretName } from './edit/secret-data';
export { applyFileEdits, applyTextEdits } from './edit/text-edit';
export type { TextEdit } from './edit/text-edit';
export { exportWorkspace } from './export/export-workspace';
export type { Diagnostic, Severity } from './model/diagnostic';
export { countText } from './model/count-text';
export type { SourceFile, SourceRange } from './model/source';
export type { StatusItem, Condition } from './model/status';
export type * from './serve/types';
export { normalizeHost } from './serve/hostnames';
export type * from './graph/types';
export { nodeAtOffset } from './graph/node-at-offset';
export { nodeBody } from './graph/graph-cache';
export { worst as worstState } from './graph/node-state';
