//! List pages: the `objects` of a page reply and its `meta.next` link. Objects are parsed
//! whole, or only for the fields a caller reads: the others are skipped as the JSON is read,
//! never built.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Which fields of listed objects are parsed.
#[derive(Debug, Clone, Copy)]
pub enum Fields<'a> {
    /// Every field: the objects as the server sent them.
    All,
    /// Only these; an object keeps those it has, the others are skipped unparsed.
    Only(&'a [&'a str]),
    /// The first object of a page whole, the others only these fields.
    FirstWhole(&'a [&'a str]),
}

/// One page of a listing: its objects and the link to the next page, if any.
#[derive(Debug)]
pub struct Page {
    pub objects: Vec<Value>,
    pub next: Option<String>,
}

/// The page a list reply's JSON `text` holds, its objects parsed for `fields`; `body` parses
/// a reply body whole (the errors of a reply that is not a JSON object are its own).
pub fn parse(
    text: &str,
    fields: Fields,
    url: &url::Url,
    body: impl FnOnce() -> Result<Option<Value>>,
) -> Result<Page> {
    let trim = match fields {
        Fields::All => None,
        Fields::Only(fields) => Some(Trim {
            first_whole: false,
            fields,
        }),
        Fields::FirstWhole(fields) => Some(Trim {
            first_whole: true,
            fields,
        }),
    };
    if let Some(trim) = trim {
        let mut reader = serde_json::Deserializer::from_str(text);
        let trimmed = (&mut reader)
            .deserialize_map(PageReader(trim))
            .and_then(|page| reader.end().map(|()| page));
        // Anything unusual (not an object, objects that are not objects) is read whole below,
        // which gives its result or error as for any page.
        if let Ok((Some(objects), next)) = trimmed {
            return Ok(Page { objects, next });
        }
    }
    let page = body()?.ok_or_else(|| Error::failure(format!("empty list reply (GET {url})")))?;
    split(page, url)
}

/// Takes `objects` and `meta.next` out of a whole list page.
fn split(mut page: Value, url: &url::Url) -> Result<Page> {
    let next = next_link(page.get("meta"));
    match page.get_mut("objects").map(Value::take) {
        Some(Value::Array(objects)) => Ok(Page { objects, next }),
        _ => Err(Error::failure(format!(
            "the list reply has no objects (GET {url})"
        ))),
    }
}

/// The non-empty `next` link of a page's `meta`.
fn next_link(meta: Option<&Value>) -> Option<String> {
    meta.and_then(|meta| meta.get("next"))
        .and_then(Value::as_str)
        .filter(|next| !next.is_empty())
        .map(str::to_string)
}

/// How the objects of a page are trimmed: to the fields, but for the first one if it is
/// kept whole.
#[derive(Clone, Copy)]
struct Trim<'a> {
    first_whole: bool,
    fields: &'a [&'a str],
}

/// Reads a page object: its `objects` (trimmed) if present, and `meta.next`.
struct PageReader<'a>(Trim<'a>);

impl<'de> Visitor<'de> for PageReader<'_> {
    type Value = (Option<Vec<Value>>, Option<String>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list page")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let (mut objects, mut next) = (None, None);
        while let Some(key) = map.next_key_seed(Key(&["objects", "meta"]))? {
            match key {
                Some("objects") => objects = Some(map.next_value_seed(Objects(self.0))?),
                // `meta`
                Some(_) => next = next_link(Some(&map.next_value::<Value>()?)),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok((objects, next))
    }
}

/// Reads a key of a JSON object without keeping it: which of the wanted names it is, if any.
struct Key<'a>(&'a [&'a str]);

impl<'de, 'a> DeserializeSeed<'de> for Key<'a> {
    type Value = Option<&'a str>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'a> Visitor<'_> for Key<'a> {
    type Value = Option<&'a str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, key: &str) -> std::result::Result<Self::Value, E> {
        Ok(self.0.iter().find(|wanted| **wanted == key).copied())
    }
}

/// Reads a page's `objects` array, each object trimmed.
struct Objects<'a>(Trim<'a>);

impl<'de> DeserializeSeed<'de> for Objects<'_> {
    type Value = Vec<Value>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Objects<'_> {
    type Value = Vec<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut objects = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        if self.0.first_whole {
            match seq.next_element::<Value>()? {
                // Anything but an object makes the page read whole.
                Some(object) if !object.is_object() => {
                    return Err(serde::de::Error::custom("not an object"))
                }
                Some(object) => objects.push(object),
                None => return Ok(objects),
            }
        }
        while let Some(object) = seq.next_element_seed(Trimmed(self.0.fields))? {
            objects.push(object);
        }
        Ok(objects)
    }
}

/// Reads one object, keeping only the fields.
struct Trimmed<'a>(&'a [&'a str]);

impl<'de> DeserializeSeed<'de> for Trimmed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Trimmed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut kept = Map::new();
        while let Some(key) = map.next_key_seed(Key(self.0))? {
            match key {
                Some(field) => {
                    kept.insert(field.to_string(), map.next_value()?);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Value::Object(kept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn url() -> url::Url {
        url::Url::parse("http://h/x/").unwrap()
    }

    /// The page of `text`, read whole by `serde_json` when the trimmed read gives way.
    fn page(text: &str, fields: Fields) -> Result<Page> {
        parse(text, fields, &url(), || {
            serde_json::from_str::<Value>(text)
                .map(Some)
                .map_err(|e| Error::failure(e.to_string()))
        })
    }

    #[test]
    fn objects_keep_only_the_fields_asked_for() {
        let text = r#"{"meta": {"limit": 2, "next": "/api/x/?offset=2"},
            "objects": [
                {"uuid": "a", "name": "web", "envvars": [{"key": "K", "value": "V"}], "n": 1},
                {"name": "db", "ports": {"deep": [[[]]]}}
            ], "extra": {"x": [1, 2]}}"#;
        let trimmed = page(text, Fields::Only(&["name", "uuid"])).unwrap();
        assert_eq!(
            trimmed.objects,
            [json!({"uuid": "a", "name": "web"}), json!({"name": "db"})]
        );
        assert_eq!(trimmed.next.as_deref(), Some("/api/x/?offset=2"));
        let whole = page(text, Fields::All).unwrap();
        assert_eq!(whole.objects[0]["envvars"][0]["value"], "V");
        assert_eq!(whole.objects[1]["ports"], json!({"deep": [[[]]]}));
        assert_eq!(whole.next, trimmed.next);
    }

    #[test]
    fn the_first_object_whole_and_the_others_trimmed() {
        let text = r#"{"objects": [{"name": "a", "ports": [1]}, {"name": "b", "n": 2}]}"#;
        let read = page(text, Fields::FirstWhole(&["name"])).unwrap();
        assert_eq!(
            read.objects,
            [json!({"name": "a", "ports": [1]}), json!({"name": "b"})]
        );
        let empty = page(r#"{"objects": []}"#, Fields::FirstWhole(&["name"])).unwrap();
        assert!(empty.objects.is_empty());
        // A first object that is not an object: the page is read whole.
        let odd = page(
            r#"{"objects": [1, {"name": "b", "n": 2}]}"#,
            Fields::FirstWhole(&[]),
        );
        assert_eq!(
            odd.unwrap().objects,
            [json!(1), json!({"name": "b", "n": 2})]
        );
    }

    #[test]
    fn escaped_keys_and_the_last_of_repeated_ones() {
        let text = r#"{"objects": [{"na\u006de": "x", "name": "y"}], "meta": {"next": ""}}"#;
        let trimmed = page(text, Fields::Only(&["name"])).unwrap();
        assert_eq!(trimmed.objects, [json!({"name": "y"})]);
        assert_eq!(trimmed.next, None);
    }

    #[test]
    fn unusual_pages_read_as_whole_ones() {
        // Objects that are not objects, and a `next` that is not text.
        let text = r#"{"meta": {"next": 5}, "objects": [1, {"name": "x"}]}"#;
        let read = page(text, Fields::Only(&["name"])).unwrap();
        assert_eq!(read.objects, [json!(1), json!({"name": "x"})]);
        assert_eq!(read.next, None);
        for fields in [
            Fields::All,
            Fields::Only(&["name"]),
            Fields::FirstWhole(&["name"]),
        ] {
            for bad in [
                "{}",
                r#"{"objects": null}"#,
                r#"{"objects": {}}"#,
                "[1]",
                r#"{"objects": []} x"#,
            ] {
                assert!(page(bad, fields).is_err(), "{bad}");
            }
        }
        let empty = parse("", Fields::Only(&["name"]), &url(), || Ok(None));
        assert!(empty.unwrap_err().message.starts_with("empty list reply"));
    }
}
