//! Her cases: every road from a page to a case, a letter or an attached file goes through
//! here. The policy decides on the member the case belongs to — `ViewCases` to read,
//! `ManageCases` to write; herself always, a leader of her collective only with her
//! case-support consent — and the store is given the accessor that decision rests on, so a
//! leader's reads are audited with the purpose.
//!
//! Anything the actor may not see is [`WebError::NotFound`], exactly like a missing id: a
//! case's id, a member's cases page and an attachment's token say nothing to anyone else.

use super::{Access, Denials};
use crate::error::WebError;
use crate::state::today;
use dhruva_core::cases::CaseState;
use dhruva_core::policy::{Action, Decision, Grant, MemberFacts, Resource};
use dhruva_core::{CaseId, CollectiveId, CorrespondenceId, MemberId, Sensitive};
use dhruva_forms::RawAnswers;
use dhruva_store::cases::{
    Attachment, Authority, Case, CaseError, CaseSummary, DueItem, NewCase, NewCorrespondence, NewHearing, TimelineEntry, UndoableMove,
};
use dhruva_store::scorecards::{Institution, InstitutionFilter};
use dhruva_store::StoreError;
use time::{Date, Duration};

/// A write the store may refuse for a reason she should read (a stage the case cannot go
/// to, a stale page, a file of the wrong type).
pub type CaseRefusable<T> = Result<T, CaseError>;

fn refusable<T>(r: Result<T, StoreError>) -> Result<CaseRefusable<T>, WebError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(StoreError::Case(e)) => Ok(Err(e)),
        Err(e) => Err(e.into()),
    }
}

/// How far ahead her list of upcoming dates looks.
const UPCOMING_DAYS: i64 = 30;

/// A member's cases as the actor may see them.
pub struct MemberCases {
    pub member: MemberId,
    pub cases: Vec<CaseSummary>,
    /// Her dates up to [`UPCOMING_DAYS`] ahead, and everything overdue.
    pub due: Vec<DueItem>,
    pub may_manage: bool,
}

/// One case as the actor may see it.
pub struct CaseView {
    pub case: Case,
    pub timeline: Vec<TimelineEntry>,
    pub may_manage: bool,
}

impl Access<'_> {
    /// The actor's own member record, for "my cases": `NotFound` for an account that is not a
    /// member (the page is not there for it).
    pub fn own_member(&self) -> Result<MemberId, WebError> {
        self.actor.member().ok_or(WebError::NotFound)
    }

    /// The facts and decision for `action` on her cases; a refusal is `NotFound`, and a
    /// refusal for want of her consent goes into her access log.
    async fn on_member_cases(&self, member: MemberId, action: Action) -> Result<(MemberFacts, Decision), WebError> {
        // A missing member's stand-in is read and decided on too: the same work as "not hers".
        let (facts, exists) = self.app.store.member_facts_or_stand_in(member, today()).await?;
        let d = self.decide(action, Resource::Member(&facts));
        if !exists {
            return Err(WebError::NotFound);
        }
        if d.allowed {
            return Ok((facts, d));
        }
        let mut denials = Denials::default();
        self.note_denial(&mut denials, &facts, action, &d);
        self.record_denials(denials).await?;
        Err(WebError::NotFound)
    }

    /// The owner of a case and the decision for `action` on her, without decrypting anything.
    async fn on_case(&self, id: CaseId, action: Action) -> Result<(MemberFacts, Decision), WebError> {
        // A missing case reads and decides on a member who cannot exist (ids start at 1): the
        // same queries as a case that is someone else's.
        let member = self.app.store.case_owner(id).await?.map_or(MemberId(0), |(member, _)| member);
        self.on_member_cases(member, action).await
    }

    fn may(&self, facts: &MemberFacts, action: Action) -> bool {
        self.decide(action, Resource::Member(facts)).allowed
    }

    /// Her cases, newest first, with her upcoming and overdue dates.
    pub async fn member_cases(&self, member: MemberId) -> Result<MemberCases, WebError> {
        let (facts, d) = self.on_member_cases(member, Action::ViewCases).await?;
        let by = self.accessor(&d);
        let now = today();
        let cases = self.app.store.cases_of_member(&by, member, now).await?;
        let mut due = self.app.store.due_for_members(&by, &[member], now, now + Duration::days(UPCOMING_DAYS)).await?;
        due.sort_by_key(|d| d.due);
        Ok(MemberCases { member, cases, due, may_manage: self.may(&facts, Action::ManageCases) })
    }

    /// One case with its timeline.
    pub async fn case(&self, id: CaseId) -> Result<CaseView, WebError> {
        let (facts, d) = self.on_case(id, Action::ViewCases).await?;
        let by = self.accessor(&d);
        let case = self.app.store.case(&by, id).await?.ok_or(WebError::NotFound)?;
        let timeline = self.app.store.case_timeline(&by, id, today()).await?;
        Ok(CaseView { case, timeline, may_manage: self.may(&facts, Action::ManageCases) })
    }

    /// The collective a new case of hers is opened in: the one whose leader is opening it,
    /// else the first of her current ones. (A member of two collectives whose case a leader
    /// of the second records would otherwise count in the first one's figures.)
    pub async fn case_collective(&self, member: MemberId) -> Result<CollectiveId, WebError> {
        let (facts, _) = self.on_member_cases(member, Action::ManageCases).await?;
        let led: Vec<CollectiveId> =
            self.actor.grants.iter().filter_map(|g| if let Grant::Leader { collective } = g { Some(*collective) } else { None }).collect();
        facts.collectives.iter().find(|c| led.contains(&c.id)).or_else(|| facts.collectives.first()).map(|c| c.id).ok_or(WebError::NotFound)
    }

    pub async fn open_case(&self, new: &NewCase) -> Result<CaseRefusable<CaseId>, WebError> {
        let (_, d) = self.on_member_cases(new.member, Action::ManageCases).await?;
        refusable(self.app.store.open_case(&self.accessor(&d), new).await)
    }

    pub async fn change_case_state(
        &self,
        id: CaseId,
        from: CaseState,
        to: CaseState,
        on: Date,
        note: Option<Sensitive<String>>,
    ) -> Result<CaseRefusable<()>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        refusable(self.app.store.change_case_state(&self.accessor(&d), id, from, to, on, note, today()).await)
    }

    /// The move the actor may still take back on this case (her own, recent, nothing since).
    pub async fn undoable_case_move(&self, id: CaseId) -> Result<Option<UndoableMove>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        Ok(self.app.store.undoable_case_move(&self.accessor(&d), id, time::OffsetDateTime::now_utc()).await?)
    }

    /// Takes back her move `event` (the store refuses anyone else's, a late one, a stale one).
    pub async fn undo_case_move(&self, id: CaseId, event: i64) -> Result<CaseRefusable<()>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        refusable(self.app.store.undo_case_move(&self.accessor(&d), id, event, time::OffsetDateTime::now_utc()).await)
    }

    /// Her case as it stands, for the edit form (read for managing, so a leader's read is
    /// audited under the same purpose as her change).
    pub async fn case_for_edit(&self, id: CaseId) -> Result<Case, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        self.app.store.case(&self.accessor(&d), id).await?.ok_or(WebError::NotFound)
    }

    pub async fn update_case_details(
        &self,
        id: CaseId,
        authority: &Authority,
        details: &Sensitive<RawAnswers>,
    ) -> Result<CaseRefusable<()>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        let by = self.accessor(&d);
        // The district is not edited on the page: keep the one the case was opened with.
        let district = self.app.store.case(&by, id).await?.ok_or(WebError::NotFound)?.summary.district;
        refusable(self.app.store.update_case_details(&by, id, authority, district, details).await)
    }

    pub async fn add_hearing(&self, id: CaseId, h: &NewHearing) -> Result<CaseRefusable<()>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        refusable(self.app.store.add_hearing(&self.accessor(&d), id, h).await)
    }

    pub async fn override_deadline(&self, id: CaseId, rule: &str, due: Date, reason: Sensitive<String>) -> Result<CaseRefusable<()>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        refusable(self.app.store.override_deadline(&self.accessor(&d), id, rule, due, reason).await)
    }

    pub async fn record_letter(&self, id: CaseId, c: &NewCorrespondence) -> Result<CaseRefusable<CorrespondenceId>, WebError> {
        let (_, d) = self.on_case(id, Action::ManageCases).await?;
        refusable(self.app.store.record_correspondence(&self.accessor(&d), id, c).await)
    }

    /// An attached file, for whoever may see the case it belongs to. The token alone opens
    /// nothing: the owner is looked up and the policy asked, as for the case itself.
    pub async fn attachment(&self, token: &str) -> Result<Attachment, WebError> {
        let (_, member) = self.app.store.attachment_owner(token).await?.ok_or(WebError::NotFound)?;
        let (_, d) = self.on_member_cases(member, Action::ViewCases).await?;
        self.app.store.attachment(&self.accessor(&d), token).await?.ok_or(WebError::NotFound)
    }

    /// Registry institutions in the districts of her collectives, for choosing an authority.
    /// The registry is public knowledge, so it is read without an accessor; asking for it
    /// still needs her cases to be the actor's to manage.
    pub async fn institutions_for(&self, member: MemberId) -> Result<Vec<Institution>, WebError> {
        let (facts, _) = self.on_member_cases(member, Action::ManageCases).await?;
        let mut out: Vec<Institution> = Vec::new();
        for c in &facts.collectives {
            let Some(collective) = self.app.store.collective(c.id).await? else { continue };
            let filter = InstitutionFilter { kind: None, district: Some(collective.district.clone()) };
            for i in self.app.store.institutions(&filter).await? {
                if !out.iter().any(|o| o.id == i.id) {
                    out.push(i);
                }
            }
        }
        Ok(out)
    }

    /// Whether the actor may open a member's cases (for the link on her page).
    pub async fn may_view_cases(&self, member: MemberId) -> Result<bool, WebError> {
        let Some(facts) = self.app.store.member_facts(member, today()).await? else { return Ok(false) };
        Ok(self.may(&facts, Action::ViewCases))
    }
}
