//! `--jq EXPR`: a jq filter (through jaq) applied to what `--json` prints, so that scripts
//! need no separate `jq`. Each output value is one line: strings raw, anything else compact
//! JSON.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// A compiled filter.
pub struct Filter {
    code: String,
    filter: jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>,
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Filter({:?})", self.code)
    }
}

impl Filter {
    /// Compiles `code`; a filter that does not parse or compile is a usage error.
    pub fn compile(code: &str) -> Result<Filter> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let program = File { code, path: () };
        let invalid = |what: String| Error::usage(format!("--jq: invalid filter '{code}': {what}"));
        let modules = loader
            .load(&arena, program)
            .map_err(|errors| invalid(format!("{} error(s) parsing it", errors.len())))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| invalid(format!("{} undefined name(s) in it", errors.len())))?;
        Ok(Filter {
            code: code.to_string(),
            filter,
        })
    }

    /// The lines the filter makes of `input`: each output string raw, any other value as
    /// compact JSON. A runtime error (`.[0]` of an object, ...) is a failure.
    pub fn lines(&self, input: &Value) -> Result<Vec<String>> {
        let input = Val::deserialize(input.clone())
            .map_err(|e| Error::failure(format!("--jq: cannot read the JSON: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let mut lines = Vec::new();
        for output in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            let value = output.map_err(|e| {
                Error::failure(format!(
                    "--jq: '{}' failed: {}",
                    self.code,
                    short(&e.to_string())
                ))
            })?;
            lines.push(match &value {
                Val::TStr(text) => String::from_utf8_lossy(text).into_owned(),
                other => other.to_string(),
            });
        }
        Ok(lines)
    }
}

/// A runtime error's text on one line, cut short (jaq puts whole values in it).
fn short(text: &str) -> String {
    const MAX: usize = 160;
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match flat.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &flat[..end]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_print_strings_raw_and_other_values_compact() {
        let input = json!([{"name": "web", "n": 2}, {"name": "db", "n": 1}]);
        let names = Filter::compile(".[].name").unwrap();
        assert_eq!(names.lines(&input).unwrap(), ["web", "db"]);
        let objects = Filter::compile("map(select(.n > 1)) | .[0]").unwrap();
        assert_eq!(objects.lines(&input).unwrap(), [r#"{"name":"web","n":2}"#]);
        let count = Filter::compile("length").unwrap();
        assert_eq!(count.lines(&input).unwrap(), ["2"]);
        assert!(Filter::compile(".[").is_err());
        assert!(Filter::compile("nosuchfunction").is_err());
        let wrong = Filter::compile(".name").unwrap().lines(&input).unwrap_err();
        assert_eq!(wrong.exit_code(), 3);
    }
}
