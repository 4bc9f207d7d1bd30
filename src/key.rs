//! What names an object of each resource, how such keys are checked, and how they become
//! path segments.
//!
//! The checks are clap value parsers, so that bad input stops at parsing, before any
//! request. Path segments are percent-encoded by the `url` crate (`/`, `?`, `#` and `%`
//! included), so that no key or namespace can leave its resource path.

/// What identifies an object of a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A uuid or uuid prefix only.
    Uuid,
    /// A uuid, uuid prefix or name.
    Name,
    /// A uuid, uuid prefix, name, or `name.stack`: the stack name is matched by this list
    /// filter.
    NameStack(&'static str),
    /// A full repository name, slashes included (`quay.io/user/image`): the object's path.
    Repository,
    /// `repository:tag`: the repository's path, then the tag's.
    ImageTag,
}

/// A key refused by a value parser; its message is the whole usage error.
#[derive(Debug)]
pub struct Invalid(pub String);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}

impl Key {
    /// Whether identifiers that are not uuid prefixes are looked up by `name`.
    pub fn by_name(self) -> bool {
        self != Key::Uuid
    }

    /// The list filter holding the stack name of `name.stack` identifiers, if supported.
    pub fn stack_filter(self) -> Option<&'static str> {
        match self {
            Key::NameStack(filter) => Some(filter),
            _ => None,
        }
    }
}

/// Value parser of identifiers (uuid, uuid prefix, name, `name.stack`): anything but an
/// empty text, which as a uuid prefix would match every object.
pub fn identifier(text: &str) -> Result<String, Invalid> {
    if text.trim().is_empty() {
        return Err(Invalid("an identifier cannot be empty".into()));
    }
    Ok(text.to_string())
}

/// Value parser of full repository (Tutum: image) names: slash-separated path segments,
/// none empty, `.` or `..`, and no `?`, `#`, `%`, `\`, white space or control character.
pub fn repository(text: &str) -> Result<String, Invalid> {
    let bad = text.is_empty()
        || text.split('/').any(|part| part.is_empty() || is_dots(part))
        || text
            .chars()
            .any(|c| matches!(c, '?' | '#' | '%' | '\\') || c.is_whitespace() || c.is_control());
    if bad {
        return Err(Invalid(format!(
            "invalid repository name '{text}': expected a full name such as quay.io/user/image"
        )));
    }
    Ok(text.to_string())
}

/// Value parser of `repository:tag` (split at the last `:`, so that a registry's
/// `host:port` stays in the repository): a tag of letters, digits, `_`, `.` and `-` that is
/// not `.` or `..`, after a valid repository name.
pub fn image_tag(text: &str) -> Result<String, Invalid> {
    let Some((image, _)) = text.rsplit_once(':').filter(|(image, tag)| {
        !image.is_empty()
            && !tag.is_empty()
            && !is_dots(tag)
            && tag
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    }) else {
        return Err(Invalid(format!(
            "invalid image tag '{text}': expected image:tag, such as tutum/mysql:5.6"
        )));
    };
    repository(image)?;
    Ok(text.to_string())
}

/// Value parser of namespaces: one path segment, neither `.` nor `..`, without `/`, `?`,
/// `#` or white space.
pub fn namespace(text: &str) -> Result<&str, Invalid> {
    if is_dots(text) || text.contains(['/', '?', '#']) || text.chars().any(char::is_whitespace) {
        return Err(Invalid(format!("invalid namespace '{text}'")));
    }
    Ok(text)
}

/// Whether `segment` is `.` or `..`, which a URL path resolves instead of keeping.
fn is_dots(segment: &str) -> bool {
    matches!(segment, "." | "..")
}

/// `segments` as an absolute path (an empty last segment makes it end in `/`), each segment
/// percent-encoded by `url`. Dot segments are dropped by `url`, never resolved: the key
/// parsers refuse them first.
pub fn path<'a>(segments: impl IntoIterator<Item = &'a str>) -> String {
    let mut url = url::Url::parse("http://path/").expect("a constant URL");
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().extend(segments);
    }
    url.path().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_encoded_and_never_climb() {
        assert_eq!(
            path(["api", "a/b", "c?d#e", "%2e%2e", ""]),
            "/api/a%2Fb/c%3Fd%23e/%252e%252e/"
        );
        assert_eq!(path(["api", "..", "x"]), "/api/x");
        assert_eq!(path([]), "/");
    }

    #[test]
    fn parsers_refuse_what_would_leave_a_path() {
        for bad in [
            "", "a//b", "a/../b", "/a/b", "a/b?x", "a b", "a/%2e%2e", "a#b", "..",
        ] {
            assert!(repository(bad).is_err(), "{bad}");
        }
        assert_eq!(repository("quay.io/u/i").unwrap(), "quay.io/u/i");
        for bad in ["..", ".", "a/b", "a?b", "a#b", "a b"] {
            assert!(namespace(bad).is_err(), "{bad}");
        }
        assert!(namespace("%2e%2e").is_ok());
        assert!(identifier(" ").is_err());
        assert!(identifier("..").is_ok());
        for bad in [
            "tutum/mysql",
            "tutum/mysql:..",
            "a/../b:1",
            "x:a/b",
            ":1",
            "a:",
        ] {
            assert!(image_tag(bad).is_err(), "{bad}");
        }
        assert!(image_tag("r.io:5000/a:5.6").is_ok());
    }

    /// Properties of the key parsers and of path building, over generated input.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// `text` with its `%XX` escapes decoded.
        fn percent_decoded(text: &str) -> String {
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            let mut index = 0;
            while index < bytes.len() {
                let hex = text.get(index + 1..index + 3);
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) if bytes[index] == b'%' => {
                        out.push(byte);
                        index += 3;
                    }
                    _ => {
                        out.push(bytes[index]);
                        index += 1;
                    }
                }
            }
            String::from_utf8(out).unwrap()
        }

        /// The segments of an absolute URL path, as a server splits them (still encoded).
        fn segments(path: &str) -> Vec<String> {
            let url = url::Url::parse(&format!("http://h{path}")).unwrap();
            url.path_segments().unwrap().map(str::to_string).collect()
        }

        proptest! {
            #[test]
            fn every_segment_stays_one_segment(segment in "\\PC{1,24}") {
                prop_assume!(!is_dots(&segment));
                let built = path(["api", "x", segment.as_str(), ""]);
                let parts = segments(&built);
                prop_assert_eq!(parts.len(), 4, "{}", built);
                prop_assert_eq!(percent_decoded(&parts[2]), segment);
            }

            #[test]
            fn a_repository_stays_under_its_collection(name in "[a-z.%?#/ ]{0,20}") {
                if repository(&name).is_ok() {
                    let built = path(["api", "repo", "v1", "repository"].into_iter().chain(name.split('/')).chain([""]));
                    prop_assert!(built.starts_with("/api/repo/v1/repository/"), "{}", built);
                    prop_assert_eq!(segments(&built).len(), 5 + name.split('/').count());
                }
            }

            #[test]
            fn a_namespace_is_one_segment(namespace_text in "\\PC{0,12}") {
                if namespace(&namespace_text).is_ok() && !namespace_text.is_empty() {
                    let built = path(["api", "app", "v1", namespace_text.as_str(), "service", ""]);
                    prop_assert_eq!(segments(&built).len(), 6, "{}", built);
                }
            }

            #[test]
            fn an_image_tag_splits_at_its_last_colon(
                repository_name in "[a-z]{1,6}(/[a-z]{1,6}){0,2}",
                port in proptest::option::of(1u16..),
                tag in "[A-Za-z0-9_.-]{1,8}",
            ) {
                prop_assume!(!is_dots(&tag));
                let host = port.map(|p| format!("r.io:{p}/")).unwrap_or_default();
                let text = format!("{host}{repository_name}:{tag}");
                prop_assert!(image_tag(&text).is_ok(), "{}", text);
                prop_assert_eq!(text.rsplit_once(':').unwrap().1, tag.as_str());
            }

            #[test]
            fn identifiers_refuse_only_blank_text(text in "\\PC{0,12}|[ \t]{0,3}") {
                prop_assert_eq!(identifier(&text).is_ok(), !text.trim().is_empty());
            }
        }
    }
}
