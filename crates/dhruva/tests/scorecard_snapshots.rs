//! `dhruva serve` and stored score cards: the demo's published round has its card from the
//! moment it was closed, and the first start stores the federation's yearly card so that no
//! page ever builds one live; the next start has nothing left to make.

mod common;

use common::{demo, dhruva, Server};

#[tokio::test]
async fn the_first_start_stores_the_yearly_score_card_and_the_next_start_makes_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let first = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]));
    let (status, output) = first.terminate();
    assert!(status.success(), "{output}");
    assert!(output.contains("stored score cards made for earlier rounds"), "{output}");
    assert!(output.contains("years=1") && output.contains("rounds=0"), "the demo's rounds already have their cards: {output}");
    let again = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]));
    let (status, output) = again.terminate();
    assert!(status.success(), "{output}");
    assert!(!output.contains("stored score cards made"), "{output}");
}
