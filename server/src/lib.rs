//! `docker-cloud-server`: a self-hosted Docker Cloud, the REST and Stream API on 127.0.0.1.
#![recursion_limit = "256"]

mod app;
mod args;
mod auth;
mod control;
mod fault;
mod filters;
mod hub;
mod initial;
mod kind;
mod linger;
mod machine;
mod model;
mod obj;
mod ops;
mod persist;
mod reply;
mod runtime;
mod seed;
mod state;
mod store;
mod stream;
mod tutum;

pub use args::Args;

use std::net::SocketAddr;
use std::sync::Arc;

/// Serves the API until Ctrl-C: binds, prints the listening line and the banner.
pub async fn serve(args: Args) -> Result<(), String> {
    let runtime = runtime::connect(&args).await?;
    let state = Arc::new(state::AppState::from_args(&args, runtime)?);
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
    let url = format!("http://{local}");
    if args.print_env {
        println!("# listening on {url}");
        for line in control::env_lines(&state, &url) {
            println!("{line}");
        }
    } else {
        println!("listening on {url}");
        for line in state.banner() {
            println!("{line}");
        }
    }
    use std::io::Write;
    let _ = std::io::stdout().flush();

    accept(listener, router).await
}

/// Connections served at once; more wait until one ends.
const MAX_CONNECTIONS: usize = 4_096;
/// The kernel's send buffer per connection: what a client that stops reading can make the
/// server hold (an event stream then falls behind and is told of the gap).
const SEND_BUFFER: usize = 128 * 1024;
/// How long a client may take to send a request's headers (a connection that sends
/// nothing is closed then, so that idle clients cannot hold every connection).
const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Serves HTTP/1.1 (with WebSocket upgrades) on `listener` until Ctrl-C, at most
/// [`MAX_CONNECTIONS`] connections at once, each with [`HEADER_TIMEOUT`] and a lingering
/// close ([`linger`]).
async fn accept(listener: tokio::net::TcpListener, router: axum::Router) -> Result<(), String> {
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let shutdown = tokio::signal::ctrl_c();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.map_err(|e| e.to_string())?,
            _ = &mut shutdown => return Ok(()),
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of descriptors, a connection reset before it was taken: go on.
                Err(_) => continue,
            },
            _ = &mut shutdown => return Ok(()),
        };
        let _ = socket2::SockRef::from(&stream).set_send_buffer_size(SEND_BUFFER);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<_>| {
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
            let mut router = router.clone();
            async move { tower_service::Service::call(&mut router, request).await }
        });
        tokio::spawn(async move {
            let _slot = slot;
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(
                    hyper_util::rt::TokioIo::new(linger::Connection::new(stream)),
                    service,
                )
                .with_upgrades();
            let _ = connection.await;
        });
    }
}
