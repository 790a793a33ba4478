declare const performance: { now(): number };
