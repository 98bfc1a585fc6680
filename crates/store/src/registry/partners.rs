//! Partner organisations: their record, and their dated links to the collectives they
//! support. Only a link without an end is current, and only current links reach the policy
//! (`collective_facts`, `member_facts`), so an unlinked partner's facilitators lose access on
//! their next request.

use super::{checked_name, partner_row, require_district};
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::PartnerOrg;
use dhruva_core::{CollectiveId, PartnerOrgId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use time::Date;

/// One dated link between a partner and a collective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerLink {
    pub partner: PartnerOrgId,
    pub partner_name: String,
    pub collective: CollectiveId,
    pub collective_name: String,
    pub since: Date,
    /// `None`: current.
    pub until: Option<Date>,
}

impl PartnerLink {
    pub fn is_current(&self) -> bool {
        self.until.is_none()
    }
}

const SELECT_LINK: &str = "SELECT l.partner_id, p.name, l.collective_id, c.name, l.since, l.until \
     FROM partner_links l JOIN partners p ON p.id = l.partner_id JOIN collectives c ON c.id = l.collective_id";

fn link_row(row: &AnyRow) -> Result<PartnerLink, StoreError> {
    Ok(PartnerLink {
        partner: PartnerOrgId(row.try_get(0)?),
        partner_name: row.try_get(1)?,
        collective: CollectiveId(row.try_get(2)?),
        collective_name: row.try_get(3)?,
        since: db::parse_date(&row.try_get::<String, _>(4)?, "partner_links")?,
        until: row.try_get::<Option<String>, _>(5)?.map(|d| db::parse_date(&d, "partner_links")).transpose()?,
    })
}

async fn require_partner(conn: &mut AnyConnection, id: PartnerOrgId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM partners WHERE id = $1").bind(id.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("partner organisation"))
}

impl Store {
    pub async fn partner(&self, id: PartnerOrgId) -> Result<Option<PartnerOrg>, StoreError> {
        let row = sqlx::query("SELECT id, name, district_code FROM partners WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        row.as_ref().map(partner_row).transpose()
    }

    /// Renames a partner or changes its district. `Duplicate` if another partner has the
    /// name; `NotFound` if there is no such partner. Audited as `partner_updated`.
    pub async fn edit_partner(&self, by: &Accessor, id: PartnerOrgId, name: &str, district: Option<&DistrictCode>) -> Result<(), StoreError> {
        let name = checked_name(name)?;
        let mut tx = self.begin_audited().await?;
        require_partner(tx.conn(), id).await?;
        if let Some(district) = district {
            require_district(tx.conn(), district).await?;
        }
        sqlx::query("UPDATE partners SET name = $1, district_code = $2 WHERE id = $3")
            .bind(&name)
            .bind(district.map(DistrictCode::as_str))
            .bind(id.0)
            .execute(tx.conn())
            .await
            .map_err(|e| if db::violates_unique(&e, "name") { StoreError::Duplicate("partner organisation") } else { e.into() })?;
        tx.append(by, &AuditEvent::new("partner_updated").detail(format!("partner={id}"))).await?;
        tx.commit().await
    }

    /// Links a partner to a collective from `since` (not after `today`, not before the end
    /// of an earlier link between them). A link already current is `Duplicate`; a closed
    /// collective takes no new partner. Audited as `partner_linked`.
    pub async fn link_partner(
        &self,
        by: &Accessor,
        partner: PartnerOrgId,
        collective: CollectiveId,
        since: Date,
        today: Date,
    ) -> Result<(), StoreError> {
        if since > today {
            return Err(StoreError::input("since", InputProblem::Future));
        }
        let mut tx = self.begin_audited().await?;
        require_partner(tx.conn(), partner).await?;
        let closed: Option<Option<String>> =
            sqlx::query_scalar("SELECT closed_on FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(tx.conn()).await?;
        match closed {
            None => return Err(StoreError::NotFound("collective")),
            Some(Some(_)) => return Err(StoreError::input("collective", InputProblem::Closed)),
            Some(None) => {}
        }
        let rows = sqlx::query("SELECT since, until FROM partner_links WHERE partner_id = $1 AND collective_id = $2")
            .bind(partner.0)
            .bind(collective.0)
            .fetch_all(tx.conn())
            .await?;
        for row in rows {
            match row.try_get::<Option<String>, _>(1)? {
                None => return Err(StoreError::Duplicate("partner link")),
                Some(until) if db::date_text(since) < until => return Err(StoreError::input("since", InputProblem::TooEarly)),
                Some(_) => {}
            }
        }
        sqlx::query("INSERT INTO partner_links (collective_id, partner_id, since) VALUES ($1, $2, $3)")
            .bind(collective.0)
            .bind(partner.0)
            .bind(db::date_text(since))
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("partner_linked").collective(collective).detail(format!("partner={partner}"))).await?;
        tx.commit().await
    }

    /// Ends a partner's current link to a collective on `until` (not after `today`, not before
    /// the link began). `NotFound` if they are not linked now. Audited as `partner_unlinked`.
    pub async fn unlink_partner(
        &self,
        by: &Accessor,
        partner: PartnerOrgId,
        collective: CollectiveId,
        until: Date,
        today: Date,
    ) -> Result<(), StoreError> {
        if until > today {
            return Err(StoreError::input("until", InputProblem::Future));
        }
        let mut tx = self.begin_audited().await?;
        let since: String = sqlx::query_scalar("SELECT since FROM partner_links WHERE partner_id = $1 AND collective_id = $2 AND until IS NULL")
            .bind(partner.0)
            .bind(collective.0)
            .fetch_optional(tx.conn())
            .await?
            .ok_or(StoreError::NotFound("partner link"))?;
        if db::date_text(until) < since {
            return Err(StoreError::input("until", InputProblem::TooEarly));
        }
        sqlx::query("UPDATE partner_links SET until = $1 WHERE partner_id = $2 AND collective_id = $3 AND until IS NULL")
            .bind(db::date_text(until))
            .bind(partner.0)
            .bind(collective.0)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("partner_unlinked").collective(collective).detail(format!("partner={partner}"))).await?;
        tx.commit().await
    }

    /// Every link of a partner, current and ended: by collective name, then date.
    pub async fn links_of_partner(&self, partner: PartnerOrgId) -> Result<Vec<PartnerLink>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_LINK} WHERE l.partner_id = $1 ORDER BY c.name, l.since, l.id"))
            .bind(partner.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(link_row).collect()
    }

    /// Every link of a collective, current and ended: by partner name, then date.
    pub async fn links_of_collective(&self, collective: CollectiveId) -> Result<Vec<PartnerLink>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_LINK} WHERE l.collective_id = $1 ORDER BY p.name, l.since, l.id"))
            .bind(collective.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(link_row).collect()
    }
}
