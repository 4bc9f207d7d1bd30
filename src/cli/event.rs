//! `event` arguments.

use clap::Args;

/// The object types events are about.
pub const EVENT_TYPES: [&str; 6] = [
    "stack",
    "service",
    "container",
    "nodecluster",
    "node",
    "action",
];

/// `event` filters; every one given must match for an event to show.
#[derive(Args, Debug, Default)]
#[command(after_help = "Examples:
  docker-cloud event --type service --type container
  docker-cloud event --type service --object web --state Running
  docker-cloud event --object 7b9b4a4e          # the object, or anything under it (its containers, actions)")]
pub struct EventArgs {
    /// Only events about this type of object (repeatable)
    #[arg(long = "type", value_name = "TYPE", value_parser = EVENT_TYPES)]
    pub types: Vec<String>,
    /// Only events about this object or objects under it: a uuid or its start, or with one
    /// --type, also a name (or name.stack)
    #[arg(long, value_name = "ID", value_parser = crate::key::identifier)]
    pub object: Option<String>,
    /// Only events whose object is in this state (any case), e.g. Running
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
}
