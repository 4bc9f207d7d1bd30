//! What every handler shares: the store (behind a lock that commits), the event and log
//! hub, the runtime, and the users; runtimes see it as a [`Host`].

use std::sync::{Arc, Mutex};

use axum::http::{header, HeaderMap};

use crate::args::Args;
use crate::auth::{Auth, DEMO_USER};
use crate::hub::Hub;
use crate::initial::Initial;
use crate::machine;
use crate::runtime::{Host, Runtime};
use crate::store::{Locked, Store};

/// Everything the handlers share.
pub struct AppState {
    /// Events and logs for the streams.
    pub hub: Arc<Hub>,
    /// The objects; never hold the lock across an `.await`.
    pub store: Arc<Mutex<Store>>,
    /// What carries operations out.
    pub runtime: Arc<dyn Runtime>,
    auth: Auth,
    seed_note: String,
    reset_to: Initial,
}

impl AppState {
    /// Builds the state from the command line (seed, users, persistence) over `runtime`.
    pub fn from_args(args: &Args, runtime: Arc<dyn Runtime>) -> Result<Self, String> {
        let auth = Auth::from_args(&args.users, &args.tokens)?;
        let hub = Arc::new(Hub::new(args.event_backlog));
        let mut store = Store::new(hub.clone());
        store.keep_actions = args.keep_actions;
        store.runtime_chooses_ports = runtime.chooses_ports();
        let owner = auth.users[0].0.clone();
        let reset_to = Initial::from_args(args, runtime.name())?;
        store.quiet = true;
        // The lock is taken first: a second server on the same file touches nothing.
        let db = crate::persist::Db::open(args.state.as_deref())?;
        let loaded = !db.is_empty()?;
        let seed_note = if loaded {
            let logs = store.restore(db.load()?);
            hub.restore_logs(logs);
            store.settle_loaded();
            crate::seed::ensure_catalog(&mut store);
            format!(
                "state loaded from {}",
                args.state
                    .as_deref()
                    .unwrap_or(std::path::Path::new(""))
                    .display()
            )
        } else {
            reset_to.fill(&mut store, &owner)?
        };
        store.quiet = false;
        if loaded {
            machine::settle_interrupted(&mut store);
        }
        store.attach(db);
        store.commit()?;
        let store = Arc::new(Mutex::new(store));
        if args.speed == "realistic" && runtime.name() == "sim" {
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                let store = store.clone();
                rt.spawn(async move {
                    loop {
                        tokio::time::sleep(std::time::Duration::from_secs(4)).await;
                        machine::chatter(&store.lock().unwrap_or_else(|e| e.into_inner()));
                    }
                });
            }
        }
        Ok(AppState {
            hub,
            store,
            runtime,
            auth,
            seed_note,
            reset_to,
        })
    }

    /// Puts the initial data back (`--seed-file` or `--seed`), for the simulation only: a
    /// real runtime's containers would outlive their objects. Streams are not told.
    pub fn reset(&self) -> Result<(), String> {
        if self.runtime.name() != "sim" {
            return Err("reset is for the simulation (--runtime sim) only".into());
        }
        let owner = &self.auth.users[0].0;
        let mut st = self.lock();
        st.clear_all();
        st.commit()?;
        st.quiet = true;
        let filled = self.reset_to.fill(&mut st, owner);
        st.quiet = false;
        filled.map(|_| ())
    }

    /// The first user, whose data the seeds make: name and API key.
    pub fn owner(&self) -> (&str, &str) {
        let (name, key) = &self.auth.users[0];
        (name, key)
    }

    /// Lines printed on stdout after the listening line (users and how to log in).
    pub fn banner(&self) -> Vec<String> {
        let mut lines = vec![
            format!("{}, runtime: {}", self.seed_note, self.runtime.describe()).to_lowercase(),
        ];
        let names: Vec<&str> = self.auth.users.iter().map(|(n, _)| n.as_str()).collect();
        if self.auth.users.len() == 1 && self.auth.users[0].0 == DEMO_USER.0 {
            lines.push(format!(
                "log in with: DOCKERCLOUD_USER={} DOCKERCLOUD_APIKEY={} DOCKERCLOUD_REST_HOST=<the URL above>",
                DEMO_USER.0, DEMO_USER.1
            ));
        } else {
            lines.push(format!("users: {}", names.join(", ")));
        }
        lines
    }

    /// The store, locked (a poisoned lock is recovered); what changed is committed when
    /// the lock is released.
    pub fn lock(&self) -> Locked<'_> {
        Locked::new(&self.store)
    }

    /// The authenticated user of a request: the `Authorization` header (`Basic
    /// base64(user:apikey)`, `ApiKey user:apikey`, or a verbatim `--token` value), else
    /// the query parameters `user` + `token`, or `auth` (a URL-encoded header value).
    pub fn authenticate(&self, headers: &HeaderMap, query: Option<&str>) -> Option<String> {
        let header = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        if let Some(user) = header.and_then(|h| self.auth.check_header(h)) {
            return Some(user);
        }
        query.and_then(|q| self.auth.check_query(q))
    }

    /// Whether `user` may use `namespace` (a user's own name is its namespace).
    pub fn can_access(&self, user: &str, namespace: &str) -> bool {
        user == namespace
    }
}

impl Host for AppState {
    fn lock(&self) -> Locked<'_> {
        AppState::lock(self)
    }

    fn runtime(&self) -> &dyn Runtime {
        self.runtime.as_ref()
    }

    fn namespaces(&self) -> Vec<String> {
        // A user's name is its namespace.
        self.auth
            .users
            .iter()
            .map(|(name, _)| name.clone())
            .collect()
    }
}
