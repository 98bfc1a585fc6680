//! Prometheus metrics. Labels are route templates (`/members/{id}`), never raw paths, so no
//! id, code or name can reach a label, and the number of series stays bounded.

use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use dhruva_store::registry::RegistryCounts;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LoginLabels {
    outcome: String,
}

#[derive(Clone, Copy, Debug)]
pub enum LoginOutcome {
    Succeeded,
    Failed,
    Throttled,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Family<RouteLabels, Histogram>,
    logins: Family<LoginLabels, Counter>,
    collectives: Gauge,
    members: Gauge,
    accounts: Gauge,
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("dhruva");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "HTTP requests by route template, method and status class", requests.clone());
        let durations = Family::<RouteLabels, Histogram>::new_with_constructor(|| Histogram::new(exponential_buckets(0.001, 2.0, 14)));
        registry.register("http_request_duration_seconds", "Time to answer, by route template", durations.clone());
        let logins = Family::<LoginLabels, Counter>::default();
        registry.register("logins", "Login attempts by outcome", logins.clone());
        let (collectives, members, accounts) = (Gauge::default(), Gauge::default(), Gauge::default());
        registry.register("collectives", "Collectives in the registry", collectives.clone());
        registry.register("members", "Members in the registry", members.clone());
        registry.register("accounts", "Login accounts", accounts.clone());
        Metrics { registry, requests, durations, logins, collectives, members, accounts }
    }

    pub fn login(&self, outcome: LoginOutcome) {
        let outcome = match outcome {
            LoginOutcome::Succeeded => "succeeded",
            LoginOutcome::Failed => "failed",
            LoginOutcome::Throttled => "throttled",
        };
        self.logins.get_or_create(&LoginLabels { outcome: outcome.to_owned() }).inc();
    }

    /// The text exposition, with the registry counts as of now.
    pub fn render(&self, counts: &RegistryCounts) -> Result<String, std::fmt::Error> {
        self.collectives.set(counts.collectives);
        self.members.set(counts.members);
        self.accounts.set(counts.accounts);
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// Counts and times every request by its route template; logs one line per request that
/// names the template, never the path.
pub async fn observe(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = method_label(req.method()).to_owned();
    let started = Instant::now();
    let response = next.run(req).await;
    let elapsed = started.elapsed();
    let status = response.status();
    let class = format!("{}xx", status.as_u16() / 100);
    app.metrics.requests.get_or_create(&RequestLabels { route: route.clone(), method: method.clone(), status: class }).inc();
    app.metrics.durations.get_or_create(&RouteLabels { route: route.clone() }).observe(elapsed.as_secs_f64());
    tracing::info!(%method, %route, status = status.as_u16(), ms = elapsed.as_millis() as u64, "request");
    response
}

/// Unknown methods are lumped together so a client cannot invent label values.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        _ => "other",
    }
}
