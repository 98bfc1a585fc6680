//! The fictional members of each demo collective, derived deterministically from the data
//! so that every run produces the same people with the same codes.

use super::data::CollectiveSeed;
use dhruva_core::consent::Purpose;
use dhruva_core::registry::{Language, OfficeTitle};
use time::{Date, Duration};

pub struct MemberSeed {
    pub code: String,
    pub name: String,
    pub phone: Option<String>,
    pub birth_year: i32,
    pub joined_on: Date,
    pub office: Option<OfficeTitle>,
    pub languages: Vec<Language>,
    pub consents: Vec<Purpose>,
}

pub const NOTE: &str = "Fictional demo person, invented for trying Dhruva out.";

/// The fixed code of the member at `position` in a collective. Stable across runs: it is
/// how a second run recognises the members the first one created.
pub fn code(seed: &CollectiveSeed, position: usize) -> String {
    format!("M-{}{:04}", seed.code_prefix, position + 1)
}

pub fn members_of(seed: &CollectiveSeed) -> Vec<MemberSeed> {
    let families = seed.family_names;
    seed.given_names
        .iter()
        .enumerate()
        .map(|(i, given)| {
            let n = i as i64;
            MemberSeed {
                code: code(seed, i),
                name: format!("{given} {}", families[(i * 7 + 3) % families.len()]),
                // Every sixth has no phone of her own, as is common.
                phone: (i % 6 != 5).then(|| format!("9000000{}{:02}", seed.phone_block, i + 1)),
                birth_year: 1975 + ((i * 11 + seed.phone_block as usize * 5) % 28) as i32,
                // The first five founded it; the others joined over the following years.
                joined_on: if i < 5 { seed.founded_on } else { seed.founded_on + Duration::days(40 * n) },
                office: match i {
                    0 => Some(OfficeTitle::President),
                    1 => Some(OfficeTitle::Secretary),
                    2 => Some(OfficeTitle::Treasurer),
                    3 | 4 => Some(OfficeTitle::CoreTeam),
                    _ => None,
                },
                languages: if i % 4 == 3 { vec![seed.language, seed.also] } else { vec![seed.language] },
                // Most let their leaders support their cases; some have asked for a mentor; a
                // few agreed to research, to sharing their story, or to calls from the federation.
                consents: [
                    (i % 5 != 4).then_some(Purpose::CaseSupport),
                    (i % 3 == 0).then_some(Purpose::Mentoring),
                    (i % 4 == 1).then_some(Purpose::Research),
                    (i % 7 == 2).then_some(Purpose::Media),
                    (i % 6 == 0).then_some(Purpose::FederationContact),
                ]
                .into_iter()
                .flatten()
                .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::data::COLLECTIVES;
    use super::*;
    use dhruva_core::phone::PhoneNumber;
    use std::collections::HashSet;

    #[test]
    fn there_are_at_least_sixty_members_with_unique_codes_and_valid_fake_phones() {
        let all: Vec<MemberSeed> = COLLECTIVES.iter().flat_map(members_of).collect();
        assert!(all.len() >= 60, "{}", all.len());
        let codes: HashSet<&str> = all.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes.len(), all.len());
        let phones: Vec<&String> = all.iter().filter_map(|m| m.phone.as_ref()).collect();
        assert_eq!(phones.iter().collect::<HashSet<_>>().len(), phones.len());
        for phone in phones {
            assert!(phone.starts_with("9000000"));
            assert!(PhoneNumber::parse(phone).is_ok(), "{phone}");
        }
    }

    #[test]
    fn every_collective_has_a_president_a_secretary_and_a_treasurer() {
        for seed in &COLLECTIVES {
            let offices: Vec<OfficeTitle> = members_of(seed).iter().filter_map(|m| m.office).collect();
            for title in [OfficeTitle::President, OfficeTitle::Secretary, OfficeTitle::Treasurer] {
                assert!(offices.contains(&title), "{} lacks {title:?}", seed.name);
            }
        }
    }
}
