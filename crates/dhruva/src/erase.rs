//! `dhruva member erase --code CODE`: the operator erases a member who asked in writing (or
//! in person) rather than in the app. Asks for the code again unless `--yes`, then says
//! exactly what was done. The audit log records it as done at the command line.

use anyhow::{bail, Context, Result};
use dhruva_store::erasure::ErasureReceipt;
use dhruva_store::{Accessor, Store};
use std::io::{BufRead, IsTerminal, Write};
use time::format_description::well_known::Rfc3339;

pub async fn erase(store: &Store, code: &str, yes: bool) -> Result<()> {
    let code = code.trim().to_ascii_uppercase();
    let Some(member) = store.member_by_code(&code).await? else {
        bail!("there is no member with the code {code} (an erased member's code is gone too)");
    };
    let ledger = store.erasure_ledger().map(|l| l.path().display().to_string()).unwrap_or_default();
    if !yes {
        confirm(&code)?;
    }
    let receipt = store.erase_member(&Accessor::cli(), member.id).await.with_context(|| format!("cannot erase {code}"))?;
    println!("{}", report(&code, &receipt, &ledger));
    Ok(())
}

/// Asks for the code again on the terminal; refuses without one (scripts pass `--yes`).
fn confirm(code: &str) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        bail!("erasing cannot be undone: run this on a terminal to confirm it, or add --yes");
    }
    eprintln!(
        "This erases member {code} for ever: her name, phone, birth year, notes, consents, requests and complaints are\n\
         deleted, her data key is destroyed and her account is closed.\n\
         Type the member code again to go on:"
    );
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).context("cannot read the confirmation")?;
    if answer.trim().to_ascii_uppercase() != code {
        bail!("the code typed was not {code}; nothing was erased");
    }
    Ok(())
}

fn report(code: &str, r: &ErasureReceipt, ledger: &str) -> String {
    let account = match r.removed.account {
        Some(_) => format!("Her account is closed ({} session(s) ended, {} API token(s) revoked)", r.removed.sessions, r.removed.tokens),
        None => "She had no account".to_owned(),
    };
    format!(
        "Erased member {code} (id {id}) at {at}.\n\
         - Her data key is destroyed: nothing of hers in this database can be read any more. Backups taken before now\n  \
         still hold her data under that key: restoring one erases her again, and they go when your backup rotation drops them.\n\
         - Her name, phone, year of birth and notes are deleted; her member code is replaced by a random one.\n\
         - Deleted: {consents} consent record(s), {guardians} guardian consent(s), {mentors} mentor assignment(s), \
         {corrections} correction request(s), {grievances} complaint(s), {ended} ended membership(s).\n\
         - Her current memberships stay, without office or exact dates, so her collective's counts stay true.\n\
         - {account}.\n\
         The erasure is recorded in the audit log and in {ledger}: restoring an older backup erases her again.",
        id = r.member,
        at = r.erased_at.format(&Rfc3339).unwrap_or_else(|_| r.erased_at.unix_timestamp().to_string()),
        consents = r.removed.consents,
        guardians = r.removed.guardian_consents,
        mentors = r.removed.mentor_assignments,
        corrections = r.removed.correction_requests,
        grievances = r.removed.grievances,
        ended = r.removed.ended_memberships,
    )
}
