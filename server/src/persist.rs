//! State snapshots on disk: loading `--seed-file` / `--state`, and atomic rewrites.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde_json::Value;

use crate::hub::LogLine;
use crate::store::{kind_key, Obj, Store};

/// The `format` marker of a snapshot file.
pub const FORMAT: &str = "docker-cloud-server/1";

/// Writes `snapshot` to `path` atomically: a temporary file in the same directory,
/// flushed to disk, then renamed over the old file.
pub fn save(path: &Path, snapshot: &Value) -> Result<(), String> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state".into());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let bytes = serde_json::to_vec(snapshot).map_err(|e| e.to_string())?;
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{}: {e}", path.display())
    })
}

/// Loads a snapshot file into `store` (which should be empty).
pub fn load(path: &Path, store: &mut Store) -> Result<HashMap<String, Vec<LogLine>>, String> {
    let bad = |e: &dyn std::fmt::Display| format!("bad state file {}: {e}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| bad(&e))?;
    let mut snapshot: Value = serde_json::from_str(&text).map_err(|e| bad(&e))?;
    if snapshot.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(bad(&format!("missing \"format\": \"{FORMAT}\"")));
    }
    let Some(objects) = snapshot.get_mut("objects").and_then(Value::as_object_mut) else {
        return Err(bad(&"missing \"objects\""));
    };
    for (kind, list) in std::mem::take(objects) {
        let kind = kind_key(&kind).ok_or_else(|| bad(&format!("unknown kind '{kind}'")))?;
        let entries: Vec<Obj> =
            serde_json::from_value(list).map_err(|e| bad(&format!("{kind}: {e}")))?;
        for entry in entries {
            if !entry.object.is_object() {
                return Err(bad(&format!("{kind} '{}' is not an object", entry.id)));
            }
            store.insert(kind, entry);
        }
    }
    if let Some(bodies) = snapshot.get_mut("action_bodies").map(Value::take) {
        if !bodies.is_null() {
            store.action_bodies =
                serde_json::from_value(bodies).map_err(|e| bad(&format!("action_bodies: {e}")))?;
        }
    }
    match snapshot.get_mut("logs").map(Value::take) {
        None | Some(Value::Null) => Ok(HashMap::new()),
        Some(logs) => serde_json::from_value(logs).map_err(|e| bad(&format!("logs: {e}"))),
    }
}
