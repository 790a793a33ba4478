/**
 * A small declarative schema language for the kinds the core reads. It is the one source of
 * truth for OpenAPI-level validation (types, required fields, enums, patterns, limits, list-map
 * keys) and for the JSON Schema the editor gets. CEL rules live in `validate/`.
 */
export type Schema =
  StringSchema | IntegerSchema | BooleanSchema | ObjectSchema | ArraySchema | MapSchema | AnySchema;

interface Common {
  /** One sentence shown on hover in the editor. */
  readonly doc?: string;
  /** Diagnostic code when this field's own constraint fails (default: generic FIELD_* codes). */
  readonly code?: string;
}

export interface StringSchema extends Common {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: RegExp;
  /** Human name of the pattern ("hostname", "DNS label") for messages. */
  readonly patternName?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly default?: string;
}

export interface IntegerSchema extends Common {
  readonly type: 'integer';
  /** Allowed values, when the CRD lists them (HTTP redirect `statusCode`). */
  readonly enum?: readonly number[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number;
}

export interface BooleanSchema extends Common {
  readonly type: 'boolean';
}

export interface ObjectSchema extends Common {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  /** Unknown keys are reported (as warnings) unless this is true. */
  readonly open?: boolean;
}

/** An object with arbitrary keys whose values share one schema (`labels`, `options`, `data`). */
export interface MapSchema extends Common {
  readonly type: 'map';
  readonly values: Schema;
  readonly keyPattern?: RegExp;
  readonly keyPatternName?: string;
  readonly maxProperties?: number;
}

export interface ArraySchema extends Common {
  readonly type: 'array';
  readonly items: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** `x-kubernetes-list-map-keys`: entries must be unique by these fields. */
  readonly mapKeys?: readonly string[];
}

export interface AnySchema extends Common {
  readonly type: 'any';
}
