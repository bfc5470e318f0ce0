//! The JSON Schema of the export, generated from the types.

use crate::query::Export;

/// The JSON Schema (draft 2020-12) of what `fagui parse --format json` prints: every
/// field of [`crate::Document`], plus the `refs` and `terms` arrays of
/// [`crate::query::Export`].
///
/// ```
/// let s = fagui::schema::document_schema_json();
/// assert!(s.contains("\"title\""));
/// assert!(s.contains("\"refs\""));
/// ```
pub fn document_schema_json() -> String {
    to_json(schemars::schema_for!(Export<'static>))
}

/// The JSON Schema (draft 2020-12) of [`crate::diff::Diff`] as `fagui diff --format json`
/// prints it.
///
/// ```
/// let s = fagui::schema::diff_schema_json();
/// assert!(s.contains("\"renumbered\""));
/// ```
pub fn diff_schema_json() -> String {
    to_json(schemars::schema_for!(crate::diff::Diff))
}

/// The schema as indented JSON, its descriptions made prose (see [`prose`]).
fn to_json(schema: schemars::Schema) -> String {
    let mut value = schema.to_value();
    tidy(&mut value);
    let schema = schemars::Schema::try_from(value).unwrap_or_default();
    // Serialized as a schema, which keeps `$schema`, `title` and `description` first.
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// Makes every `description` of a schema prose.
fn tidy(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(s) if key == "description" => *s = prose(s),
                    v => tidy(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// A doc comment as a schema description: the Rust examples (fenced code blocks) are
/// left out and rustdoc links (`` [`crate::Document`] ``) become their last name in
/// backticks (`` `Document` ``).
fn prose(doc: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let mut fenced = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            kept.push(line);
        }
    }
    let mut out = String::new();
    let mut rest = kept.join("\n");
    while let Some(open) = rest.find("[`") {
        let Some(close) = rest.get(open..).and_then(|r| r.find("`]")).map(|c| open + c) else { break };
        let inner = rest.get(open + 2..close).unwrap_or_default();
        let name = inner.rsplit("::").next().unwrap_or(inner).trim_start_matches("mod@");
        out.push_str(rest.get(..open).unwrap_or_default());
        out.push('`');
        out.push_str(name);
        out.push('`');
        rest = rest.get(close + 2..).unwrap_or_default().to_string();
    }
    out.push_str(&rest);
    // Blank lines left where the examples were.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn descriptions_are_prose() {
        for schema in [super::document_schema_json(), super::diff_schema_json()] {
            assert!(!schema.contains("```"), "a code block in a description");
            assert!(!schema.contains("unwrap()"));
            assert!(!schema.contains("[`"), "a rustdoc link in a description");
        }
        assert_eq!(super::prose("A [`crate::Span`].\n\n```\nlet x = 1;\n```\n"), "A `Span`.");
    }
}
