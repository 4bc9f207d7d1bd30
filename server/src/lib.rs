//! `docker-cloud-server`: a self-hosted Docker Cloud, the REST and Stream API on 127.0.0.1.
#![recursion_limit = "256"]

mod app;
mod auth;
mod fault;
mod hub;
mod machine;
mod model;
mod ops;
mod persist;
mod runtime;
mod seed;
mod store;
mod stream;
mod tutum;

use std::net::SocketAddr;
use std::sync::Arc;

/// A self-hosted Docker Cloud: the REST and Stream API, for real use, demos and tests.
#[derive(clap::Parser, Debug)]
#[command(name = "docker-cloud-server", version)]
pub struct Args {
    /// Port to listen on (127.0.0.1 only); 0 picks a free port.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,

    /// What runs the services: `sim` (a simulation, nothing installed), `docker` (real
    /// containers on the Docker Engine that `DOCKER_HOST` or the default socket names) or
    /// `swarm` (swarm services on the swarm that engine manages).
    #[arg(long, default_value = "sim", value_parser = ["sim", "docker", "swarm"])]
    pub runtime: String,

    /// Initial data: `demo`, `empty`, or `scale:N` (N services with their containers).
    /// Default: `demo` with the simulation, `empty` with a real runtime (which seeds nothing).
    #[arg(long)]
    pub seed: Option<String>,

    /// Name of this server on the engine: its containers and networks carry it as a label,
    /// so that several servers can share one engine and a restarted server adopts its own.
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub instance: String,

    /// Load the initial data from a JSON snapshot (the format `--state` writes).
    #[arg(long, value_name = "FILE")]
    pub seed_file: Option<std::path::PathBuf>,

    /// Persist state to FILE (loaded at start if present, rewritten atomically on change).
    #[arg(long, value_name = "FILE")]
    pub state: Option<std::path::PathBuf>,

    /// A user allowed in with HTTP Basic, as NAME:APIKEY (repeatable). Default: a demo user.
    #[arg(long = "user", value_name = "NAME:APIKEY")]
    pub users: Vec<String>,

    /// A verbatim Authorization header value accepted for a user, as NAME=VALUE (repeatable).
    #[arg(long = "token", value_name = "NAME=VALUE")]
    pub tokens: Vec<String>,

    /// How long simulated transitions take: `instant` (tests), `fast`, or `realistic` (demos).
    #[arg(long, default_value = "realistic")]
    pub speed: String,

    /// A fault injection rule (repeatable); see the README.
    #[arg(long = "fault", value_name = "RULE")]
    pub faults: Vec<fault::Rule>,

    /// Log each request on stderr.
    #[arg(long)]
    pub log: bool,
}

/// Serves the API until Ctrl-C: binds, prints the listening line and the banner.
pub async fn serve(args: Args) -> Result<(), String> {
    let runtime = runtime::connect(&args).await?;
    let state = Arc::new(app::AppState::from_args(&args, runtime)?);
    state.runtime.start(state.clone());
    let router = axum::Router::new()
        .merge(stream::routes())
        .merge(app::routes())
        .with_state(state.clone());
    let router = fault::apply(router, args.faults.clone());
    let router = app::with_request_log(router, args.log);

    let addr = SocketAddr::from(([127, 0, 0, 1], args.port));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    println!("listening on http://{local}");
    for line in state.banner() {
        println!("{line}");
    }
    use std::io::Write;
    let _ = std::io::stdout().flush();

    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| e.to_string())
}
