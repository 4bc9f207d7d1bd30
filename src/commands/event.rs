//! `event`: the namespace's events as they happen.
//!
//! What reconnecting guarantees: in the Docker Cloud dialect the new connection asks for
//! the events after the last one seen (`since=<event uuid>`); a server that replays them
//! fills the gap, and one that announces a gap (`{"type":"gap"}`) gets a note on stderr
//! that events may have been missed. The Tutum stream has no resume cursor (its events have
//! no uuid). Events are never printed twice: each event's `uuid` is remembered (the last
//! [`REMEMBERED`]) and repeats are skipped.

use std::collections::{HashSet, VecDeque};
use std::io::IsTerminal;
use std::rc::Rc;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

use crate::api::resolve::resolve;
use crate::api::resource::{ACTION, CONTAINER, NODE, NODECLUSTER, SERVICE, STACK};
use crate::api::Client;
use crate::cli::event::EventArgs;
use crate::error::{Error, Kind, Result};
use crate::output::{short_uuid, Output};
use crate::stream::{follow, Event, Reconnect, Text};

/// How many event uuids are kept to skip repeats.
const REMEMBERED: usize = 4096;

/// Prints every event until Ctrl-C (exit 0). Each event is the server's JSON text on one
/// line (written out whenever no further event is ready), when stdout is not a terminal or
/// with `--json`; otherwise one readable line. The `auth` greeting is skipped; an `UNAUTHORIZED` error is an auth error.
pub fn run(client: &Client, json: bool, args: &EventArgs) -> Result<()> {
    let filter = Filter::new(client, args)?;
    let out = Output::new(json, false);
    let raw = json || !std::io::stdout().is_terminal();
    let url = client.stream_url(None);
    // The uuid of the last event, to resume after (empty before the first).
    let last = std::cell::RefCell::new(String::new());
    let mut seen = Seen::default();
    let result = follow(
        client,
        |again| match last.borrow().as_str() {
            since if again && !since.is_empty() => {
                let since: String =
                    url::form_urlencoded::byte_serialize(since.as_bytes()).collect();
                format!("{url}?since={since}")
            }
            _ => url.clone(),
        },
        Reconnect::Forever,
        |event| {
            let text = match event {
                Event::Text(text) => text,
                Event::Idle => return out.flush(),
                Event::Reconnected => return Ok(()),
            };
            // JSON whose known fields have unexpected types is still an event to show.
            let message = match serde_json::from_str::<Message>(text) {
                Ok(message) => message,
                Err(_) if serde_json::from_str::<IgnoredAny>(text).is_ok() => Message::default(),
                Err(_) => return Ok(()),
            };
            match message.kind.as_deref() {
                Some("auth") => return Ok(()),
                Some("gap") => {
                    out.note(
                        "reconnected; events published while disconnected may have been missed",
                    );
                    return Ok(());
                }
                Some("error") if message.error_message() == Some("UNAUTHORIZED") => {
                    return Err(Error::auth("Not authorized"));
                }
                _ => {}
            }
            if let Some(id) = &message.uuid {
                if !seen.insert(id) {
                    return Ok(());
                }
                let mut last = last.borrow_mut();
                last.clear();
                last.push_str(id);
            }
            if !filter.keeps(&message) {
                return Ok(());
            }
            if raw {
                // The text parsed: it is JSON, printed as the server sent it.
                out.message(text.trim_end())?;
            } else {
                out.line(&message.readable())?;
            }
            Ok(())
        },
    );
    match result {
        Err(e) if e.kind == Kind::Interrupted => Ok(()),
        other => other,
    }
}

/// The fields of an event message the client looks at; the rest is skipped unread.
#[derive(Deserialize, Default)]
struct Message<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: Option<Text<'a>>,
    #[serde(borrow, default)]
    action: Option<Text<'a>>,
    #[serde(default)]
    state: Option<Value>,
    #[serde(borrow, default)]
    resource_uri: Option<Text<'a>>,
    #[serde(borrow, default)]
    parents: Option<Vec<Text<'a>>>,
    #[serde(borrow, default)]
    uuid: Option<Text<'a>>,
    #[serde(borrow, default)]
    datetime: Option<Text<'a>>,
    #[serde(default)]
    data: Option<Value>,
}

impl Message<'_> {
    /// `data.errorMessage` of an error message.
    fn error_message(&self) -> Option<&str> {
        self.data.as_ref()?.get("errorMessage")?.as_str()
    }

    /// One line for a terminal: time, type, action, state and the object's short uuid,
    /// e.g. `2026-11-23 20:31:07  service     update  Running         7f9e8cbb`.
    fn readable(&self) -> String {
        let field = |value: &Option<Text>| value.as_deref().unwrap_or("").to_string();
        let time = field(&self.datetime).replacen('T', " ", 1);
        let time = time.trim_end_matches('Z');
        let uri = field(&self.resource_uri);
        let object = uri.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        let state = match &self.state {
            Some(Value::String(state)) => state.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        format!(
            "{time:<19}  {:<11} {:<7} {state:<15} {}",
            field(&self.kind),
            field(&self.action),
            short_uuid(object)
        )
        .trim_end()
        .to_string()
    }
}

/// The `event` filters, ready to match messages.
struct Filter {
    types: Vec<String>,
    /// The object's uuid, or the start of one.
    object: Option<String>,
    state: Option<String>,
}

impl Filter {
    /// The filters of `args`; with one `--type` of a resource that has names, `--object`
    /// is looked up first (so that a name works), else it is taken as a uuid or its start.
    fn new(client: &Client, args: &EventArgs) -> Result<Filter> {
        let object = match (&args.object, args.types.as_slice()) {
            (Some(id), [kind]) => {
                let resource = [SERVICE, STACK, CONTAINER, NODECLUSTER, NODE, ACTION]
                    .into_iter()
                    .find(|r| r.endpoint == kind);
                match resource {
                    Some(resource) => {
                        let found = resolve(client, &resource, id)?;
                        let uuid = found.get("uuid").and_then(Value::as_str).unwrap_or(id);
                        Some(uuid.to_string())
                    }
                    None => Some(id.to_ascii_lowercase()),
                }
            }
            (Some(id), _) => Some(id.to_ascii_lowercase()),
            (None, _) => None,
        };
        Ok(Filter {
            types: args.types.clone(),
            object,
            state: args.state.as_ref().map(|s| s.to_ascii_lowercase()),
        })
    }

    /// Whether `message` passes every filter given.
    fn keeps(&self, message: &Message) -> bool {
        let kind = message.kind.as_deref().unwrap_or_default();
        if !self.types.is_empty() && !self.types.iter().any(|t| t == kind) {
            return false;
        }
        if let Some(wanted) = &self.state {
            let state = match &message.state {
                Some(Value::String(state)) => state.to_ascii_lowercase(),
                _ => String::new(),
            };
            if &state != wanted {
                return false;
            }
        }
        let Some(object) = &self.object else {
            return true;
        };
        let names = |uri: &str| {
            uri.trim_end_matches('/')
                .rsplit('/')
                .next()
                .is_some_and(|uuid| uuid.starts_with(object.as_str()))
        };
        message.resource_uri.as_deref().is_some_and(names)
            || message.parents.iter().flatten().any(|parent| names(parent))
    }
}

/// The uuids of the last [`REMEMBERED`] events.
#[derive(Default)]
struct Seen {
    order: VecDeque<Rc<str>>,
    set: HashSet<Rc<str>>,
}

impl Seen {
    /// Remembers `id`; `false` when it was already there.
    fn insert(&mut self, id: &str) -> bool {
        let id: Rc<str> = Rc::from(id);
        if !self.set.insert(id.clone()) {
            return false;
        }
        if self.order.len() == REMEMBERED {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
        self.order.push_back(id);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_match_type_state_and_object_or_its_parents() {
        let message = |text: &'static str| serde_json::from_str::<Message>(text).unwrap();
        let container = message(
            r#"{"type":"container","state":"Running","resource_uri":"/api/app/v1/c/1111aaaa-0000/",
                "parents":["/api/app/v1/service/2222bbbb-0000/"]}"#,
        );
        let filter = |types: &[&str], object: Option<&str>, state: Option<&str>| Filter {
            types: types.iter().map(|t| t.to_string()).collect(),
            object: object.map(str::to_string),
            state: state.map(str::to_string),
        };
        assert!(filter(&[], None, None).keeps(&container));
        assert!(filter(&["service", "container"], None, Some("running")).keeps(&container));
        assert!(!filter(&["service"], None, None).keeps(&container));
        assert!(!filter(&[], None, Some("stopped")).keeps(&container));
        assert!(filter(&[], Some("1111"), None).keeps(&container));
        assert!(filter(&[], Some("2222bbbb"), None).keeps(&container));
        assert!(!filter(&[], Some("3333"), None).keeps(&container));
    }

    fn readable(text: &str) -> String {
        serde_json::from_str::<Message>(text)
            .map(|m| m.readable())
            .unwrap_or_default()
    }

    #[test]
    fn readable_line() {
        let text = r#"{"type": "stack", "action": "update", "state": "Partly running",
            "resource_uri": "/api/app/v1/me/stack/7f9e8cbb-0000-4000-8000-000000000000/",
            "uuid": "u", "datetime": "2026-11-23T20:31:07Z", "parents": []}"#;
        assert_eq!(
            readable(text),
            "2026-11-23 20:31:07  stack       update  Partly running  7f9e8cbb"
        );
        assert_eq!(
            readable(r#"{"type": "x", "state": null}"#),
            "                     x"
        );
    }

    #[test]
    fn seen_forgets_the_oldest() {
        let mut seen = Seen::default();
        assert!(seen.insert("a"));
        assert!(!seen.insert("a"));
        for i in 0..REMEMBERED {
            seen.insert(&i.to_string());
        }
        assert!(seen.insert("a"));
    }
}
