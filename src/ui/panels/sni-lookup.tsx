import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { GatewayServing, ServingMap } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { sortedGateways } from './to-host-rows';
import { SniAnswerView } from './sni-answer';

const typingDelayMs = 250;

function gatewayKey(g: GatewayServing): string {
  return `${g.gateway.namespace}/${g.gateway.name}`;
}

/** The first port with a TLS listener (SNI only means something there), else the first port. */
function defaultPort(g: GatewayServing | undefined): string {
  const tls = g?.ports.find((p) => p.hosts.some((h) => /^(HTTPS|TLS)$/.test(h.listener.protocol)));
  const port = tls ?? g?.ports[0];
  return port ? String(port.port) : '';
}

/**
 * "Which listener and certificate answer this hostname?": asks the worker as the person types
 * (debounced) and shows the answer with its trace; the store lights the path on the graph.
 */
export function SniLookup({ serving }: { serving: ServingMap }) {
  const id = useId();
  const sni = useStore(workspace, (s) => s.sni);
  const gateways = sortedGateways(serving);
  const [gateway, setGateway] = useState(() => sni?.gateway ?? firstKey(gateways));
  const [port, setPort] = useState(() =>
    sni ? String(sni.port) : defaultPort(gateways.find((g) => gatewayKey(g) === gateway)),
  );
  const [host, setHost] = useState(() => sni?.host ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The Gateway went away (edit, new sample): fall back to the first one.
  useEffect(() => {
    if (gateways.some((g) => gatewayKey(g) === gateway)) return;
    const first = gateways[0];
    setGateway(first ? gatewayKey(first) : '');
    setPort(defaultPort(first));
  }, [gateways, gateway]);

  // The query was cleared elsewhere (a new workspace was loaded): empty the field too.
  useEffect(() => {
    if (!sni) setHost('');
  }, [sni]);

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => run(gateway, port, host), typingDelayMs);
    return () => clearTimeout(timer.current);
  }, [gateway, port, host]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(timer.current);
    run(gateway, port, host);
  };

  const ports = gateways.find((g) => gatewayKey(g) === gateway)?.ports ?? [];
  return (
    <section className="pn-sni" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pn-h">
        SNI lookup: which listener and certificate answer?
      </h2>
      <form className="pn-sni-form" onSubmit={submit}>
        <label className="pn-gateway">
          <span>Gateway</span>
          <select
            value={gateway}
            onChange={(e) => {
              setGateway(e.target.value);
              setPort(defaultPort(gateways.find((g) => gatewayKey(g) === e.target.value)));
            }}
          >
            {gateways.map((g) => (
              <option key={gatewayKey(g)} value={gatewayKey(g)}>
                {gatewayKey(g)}
              </option>
            ))}
          </select>
        </label>
        <label className="pn-port">
          <span>Port</span>
          <input
            type="number"
            min={1}
            max={65535}
            list={`${id}-ports`}
            value={port}
            onChange={(e) => setPort(e.target.value)}
          />
          <datalist id={`${id}-ports`}>
            {ports.map((p) => (
              <option key={p.port} value={p.port} />
            ))}
          </datalist>
        </label>
        <label className="pn-hostname">
          <span>Hostname</span>
          <input
            type="text"
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            placeholder="shop.example.com"
            value={host}
            onChange={(e) => setHost(e.target.value)}
          />
        </label>
        <div className="pn-sni-buttons">
          <button type="submit">Look up</button>
          <button
            type="button"
            onClick={() => {
              clearTimeout(timer.current);
              setHost('');
              actions.clearSni();
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {sni && <SniAnswerView answer={sni.answer} serving={serving} />}
    </section>
  );
}

function firstKey(gateways: readonly GatewayServing[]): string {
  const g = gateways[0];
  return g ? gatewayKey(g) : '';
}

function run(gateway: string, port: string, host: string): void {
  const name = host.trim();
  const n = Number(port);
  if (!name) {
    if (workspace.get().sni) actions.clearSni();
    return;
  }
  // Half-typed port or no Gateway: keep the last answer until the query is complete.
  if (!gateway || !Number.isInteger(n) || n < 1 || n > 65535) return;
  const q = workspace.get().sni;
  if (q && q.gateway === gateway && q.port === n && q.host === name) return;
  void actions.lookupSni(gateway, n, name);
}

/** Re-asks the active query whenever a new result arrives, so the answer is never stale. */
export function useSniRefresh(): void {
  const result = useStore(workspace, (s) => s.result);
  useEffect(() => {
    const q = workspace.get().sni;
    if (result && q) void actions.lookupSni(q.gateway, q.port, q.host);
  }, [result]);
}
