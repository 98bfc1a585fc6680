//! Purposes a member consents to, each granted and withdrawn by her.

use crate::registry::coded_enum;

coded_enum!(
    /// Why someone other than the member may use her personal data.
    Purpose {
        CaseSupport => "case_support",
        Mentoring => "mentoring",
        Research => "research",
        Media => "media",
        FederationContact => "federation_contact",
    }
);

/// The purposes a member has granted and not withdrawn, as of the request being decided.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentSet(Vec<Purpose>);

impl ConsentSet {
    pub fn none() -> Self {
        ConsentSet(Vec::new())
    }
    pub fn of(purposes: &[Purpose]) -> Self {
        let mut v = purposes.to_vec();
        v.sort();
        v.dedup();
        ConsentSet(v)
    }
    pub fn allows(&self, purpose: Purpose) -> bool {
        self.0.contains(&purpose)
    }
    pub fn purposes(&self) -> &[Purpose] {
        &self.0
    }
}
