//! Dated memberships: joining, leaving, and the history kept after leaving.

use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::registry::{Membership, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId};
use sqlx::{AnyConnection, AnyPool, Row as _};
use std::collections::HashMap;
use time::Date;

impl Store {
    pub async fn add_membership(
        &self,
        by: &Accessor,
        member: MemberId,
        collective: CollectiveId,
        since: Date,
        office: Option<OfficeTitle>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        require_member(tx.conn(), member).await?;
        require_collective(tx.conn(), collective).await?;
        insert(tx.conn(), member, collective, since, office).await?;
        let mut event = AuditEvent::new("membership_added").member(member).collective(collective);
        if let Some(office) = office {
            event = event.detail(format!("office={}", office.code()));
        }
        tx.append(by, &event).await?;
        tx.commit().await
    }

    pub async fn end_membership(&self, by: &Accessor, member: MemberId, collective: CollectiveId, until: Date) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let open = sqlx::query("SELECT id, since FROM memberships WHERE member_id = $1 AND collective_id = $2 AND until IS NULL")
            .bind(member.0)
            .bind(collective.0)
            .fetch_optional(tx.conn())
            .await?
            .ok_or(StoreError::NotFound("membership"))?;
        let (id, since): (i64, String) = (open.try_get(0)?, open.try_get(1)?);
        if db::date_text(until) <= since {
            return Err(StoreError::Invalid("a membership must end after the day it began".to_owned()));
        }
        sqlx::query("UPDATE memberships SET until = $1 WHERE id = $2")
            .bind(db::date_text(until))
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("membership_ended").member(member).collective(collective)).await?;
        tx.commit().await
    }
}

pub(super) async fn insert(
    conn: &mut AnyConnection,
    member: MemberId,
    collective: CollectiveId,
    since: Date,
    office: Option<OfficeTitle>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO memberships (member_id, collective_id, since, office) VALUES ($1, $2, $3, $4)")
        .bind(member.0)
        .bind(collective.0)
        .bind(db::date_text(since))
        .bind(office.map(OfficeTitle::code))
        .execute(conn)
        .await
        .map_err(|e| if db::violates_unique(&e, "") { StoreError::Duplicate("membership") } else { e.into() })?;
    Ok(())
}

pub(super) async fn require_collective(conn: &mut AnyConnection, collective: CollectiveId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("collective"))
}

async fn require_member(conn: &mut AnyConnection, member: MemberId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM members WHERE id = $1").bind(member.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("member"))
}

/// Every membership (current and ended) of these members, oldest first.
pub(super) async fn of_members(pool: &AnyPool, members: &[MemberId]) -> Result<HashMap<MemberId, Vec<Membership>>, StoreError> {
    let mut out: HashMap<MemberId, Vec<Membership>> = HashMap::new();
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!(
            "SELECT member_id, collective_id, since, until, office FROM memberships WHERE member_id IN ({}) ORDER BY since, id",
            db::placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            let office: Option<String> = row.try_get(4)?;
            let membership = Membership {
                collective: CollectiveId(row.try_get(1)?),
                since: db::parse_date(&row.try_get::<String, _>(2)?, "memberships")?,
                until: row.try_get::<Option<String>, _>(3)?.map(|d| db::parse_date(&d, "memberships")).transpose()?,
                office: office
                    .map(|o| {
                        OfficeTitle::from_code(&o)
                            .ok_or_else(|| StoreError::Corrupt { table: "memberships", detail: format!("unknown office {o:?}") })
                    })
                    .transpose()?,
            };
            out.entry(MemberId(row.try_get(0)?)).or_default().push(membership);
        }
    }
    Ok(out)
}
