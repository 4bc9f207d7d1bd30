//! Publish/subscribe between the store and the WebSocket streams: events and log lines.
//!
//! The store publishes an [`Event`] for every change and appends [`LogLine`]s as things
//! happen; stream handlers read a backlog and subscribe for what comes next.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use crate::kind::Kind;

/// How many lines each log keeps for `tail`.
pub const LOG_CAPACITY: usize = 5_000;
/// How many log lines a slow follower may fall behind.
const LOG_CHANNEL_CAPACITY: usize = 1_024;

/// One event of the event stream, with what subscribers filter on.
#[derive(Clone, Debug)]
pub struct Event {
    /// The message's `uuid` (what `since` names).
    pub uuid: String,
    /// Namespace (owner) of the object; the stream only shows a subscriber its namespace.
    pub namespace: String,
    /// The message's `type` (`service`, `container`, `action`, ...).
    pub kind: Kind,
    /// The message's `resource_uri`.
    pub resource_uri: String,
    /// The message's `parents`.
    pub parents: Vec<String>,
    /// The complete message as sent on the wire (JSON text).
    pub json: Arc<str>,
}

/// One line of a container, service or action log.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LogLine {
    /// The text, including its trailing newline for container/service logs.
    pub log: String,
    /// `stdout` or `stderr`.
    pub stream_type: String,
    /// Unix seconds.
    pub timestamp: i64,
    /// Container name, set on service log lines.
    pub source: Option<String>,
}

struct LogBuffer {
    lines: VecDeque<LogLine>,
    /// Created by the first follower, so that logs nobody follows cost no channel.
    tx: Option<broadcast::Sender<LogLine>>,
}

impl LogBuffer {
    fn new() -> Self {
        LogBuffer {
            lines: VecDeque::new(),
            tx: None,
        }
    }
}

/// The server's message hub. Log keys are `container/<uuid>`, `service/<uuid>` and
/// `action/<uuid>`.
pub struct Hub {
    /// Shared so that a thousand subscribers do not copy every event. A subscriber that
    /// falls its capacity behind is told so (and dropped) by its stream.
    events: broadcast::Sender<Arc<Event>>,
    logs: Mutex<HashMap<String, LogBuffer>>,
}

impl Hub {
    /// A hub whose event subscribers may fall `backlog` events behind.
    pub fn new(backlog: usize) -> Self {
        Hub {
            events: broadcast::channel(backlog.max(1)).0,
            logs: Mutex::new(HashMap::new()),
        }
    }

    /// Sends an event to every current subscriber (none is fine). The store publishes an
    /// event only once it is saved, under its lock, so that a `since` replay read from the
    /// database under the same lock and a subscription split the events exactly.
    pub fn publish_event(&self, event: Event) {
        let _ = self.events.send(Arc::new(event));
    }

    /// Subscribes to events published from now on.
    pub fn subscribe_events(&self) -> broadcast::Receiver<Arc<Event>> {
        self.events.subscribe()
    }

    /// Appends a line to a log and sends it to its followers.
    pub fn append_log(&self, key: &str, line: LogLine) {
        let mut logs = self.logs.lock().unwrap_or_else(|e| e.into_inner());
        let buffer = logs.entry(key.to_string()).or_insert_with(LogBuffer::new);
        if buffer.lines.len() == LOG_CAPACITY {
            buffer.lines.pop_front();
        }
        buffer.lines.push_back(line.clone());
        if let Some(tx) = &buffer.tx {
            if tx.receiver_count() > 0 {
                let _ = tx.send(line);
            } else {
                buffer.tx = None;
            }
        }
    }

    /// The last `tail` lines of a log and a receiver for the lines appended after them,
    /// taken atomically so that no line is lost or repeated between the two.
    pub fn tail_and_follow(
        &self,
        key: &str,
        tail: usize,
    ) -> (Vec<LogLine>, broadcast::Receiver<LogLine>) {
        let mut logs = self.logs.lock().unwrap_or_else(|e| e.into_inner());
        let buffer = logs.entry(key.to_string()).or_insert_with(LogBuffer::new);
        let skip = buffer.lines.len().saturating_sub(tail);
        let backlog = buffer.lines.iter().skip(skip).cloned().collect();
        let tx = buffer
            .tx
            .get_or_insert_with(|| broadcast::channel(LOG_CHANNEL_CAPACITY).0);
        (backlog, tx.subscribe())
    }

    /// The lines of a log stamped with the second of its last line, oldest first (none when
    /// the log is empty).
    pub fn last_second(&self, key: &str) -> Vec<LogLine> {
        let logs = self.logs.lock().unwrap_or_else(|e| e.into_inner());
        let Some(lines) = logs.get(key).map(|b| &b.lines) else {
            return Vec::new();
        };
        let last = lines.back().map_or(0, |l| l.timestamp);
        let mut out: Vec<LogLine> = lines
            .iter()
            .rev()
            .take_while(|l| l.timestamp == last)
            .cloned()
            .collect();
        out.reverse();
        out
    }

    /// Forgets a log and its lines.
    pub fn drop_log(&self, key: &str) {
        let mut logs = self.logs.lock().unwrap_or_else(|e| e.into_inner());
        logs.remove(key);
    }

    /// Replaces every log, when loading persisted state.
    pub fn restore_logs(&self, saved: HashMap<String, Vec<LogLine>>) {
        let mut logs = self.logs.lock().unwrap_or_else(|e| e.into_inner());
        logs.clear();
        for (key, lines) in saved {
            let mut buffer = LogBuffer::new();
            buffer.lines = lines.into_iter().collect();
            logs.insert(key, buffer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Hub, LogLine};

    fn line(text: &str) -> LogLine {
        LogLine {
            log: format!("{text}\n"),
            stream_type: "stdout".into(),
            timestamp: 0,
            source: None,
        }
    }

    #[test]
    fn followers_get_the_backlog_then_new_lines_without_gaps() {
        let hub = Hub::new(16);
        hub.append_log("container/a", line("one"));
        hub.append_log("container/a", line("two"));
        let (backlog, mut rx) = hub.tail_and_follow("container/a", 1);
        assert_eq!(backlog, vec![line("two")]);
        hub.append_log("container/a", line("three"));
        assert_eq!(rx.try_recv().ok(), Some(line("three")));
    }

    #[test]
    fn a_log_whose_followers_left_can_be_followed_again() {
        let hub = Hub::new(16);
        drop(hub.tail_and_follow("action/x", 10));
        hub.append_log("action/x", line("unfollowed"));
        let (backlog, mut rx) = hub.tail_and_follow("action/x", 10);
        assert_eq!(backlog, vec![line("unfollowed")]);
        hub.append_log("action/x", line("followed"));
        assert_eq!(rx.try_recv().ok(), Some(line("followed")));
        assert!(rx.try_recv().is_err());
    }
}
