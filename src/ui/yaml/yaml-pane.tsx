/** Placeholder: the Monaco YAML editor lands here. */
export default function YamlPane() {
  return <div className="loading">YAML</div>;
}
