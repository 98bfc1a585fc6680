//! The storage story: written once, told on SQLite always and on PostgreSQL when
//! `DHRUVA_TEST_POSTGRES_URL` names a server (each test gets a fresh database).

mod access_log;
mod access_log_catalogue;
mod account_audit;
mod accounts;
mod audit;
mod audit_head_checked;
mod audit_ops;
mod backup;
mod cases;
mod cases_backup;
mod cases_due;
mod cases_import;
mod cases_import_broken;
mod cases_letters;
mod cases_privacy;
mod cases_undo;
mod cases_upgrade;
mod consent;
mod consent_pending;
mod consent_records;
mod erasure;
mod facts;
mod figure_releases;
mod fixtures;
mod fresh;
mod guardians;
mod invitations;
mod leaks;
mod member_import;
mod members;
mod mentors;
mod offices;
mod personal;
mod phone_change;
mod registration;
mod registry;
mod registry_edit;
mod rights;
mod scorecards;
mod scorecards_privacy;
mod scorecards_skips;
mod scorecards_snapshots;
mod scorecards_upgrade;
mod sessions;
mod staff;
mod upgrade;

/// Runs each story on a fresh SQLite database and a fresh PostgreSQL database. `store:`
/// stories are given the `Store`; `db:` stories the whole `TestDb`, for raw access.
macro_rules! stories {
    (store: [$($smod:ident :: $sname:ident),* $(,)?], db: [$($dmod:ident :: $dname:ident),* $(,)?] $(,)?) => {
        mod on_sqlite {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $sname() {
                    let db = TestDb::sqlite().await;
                    crate::$smod::$sname(&db.store).await;
                }
            )*
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $dname() {
                    let db = TestDb::sqlite().await;
                    crate::$dmod::$dname(&db).await;
                }
            )*
        }
        mod on_postgres {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $sname() {
                    let Some(db) = TestDb::postgres().await else { return };
                    crate::$smod::$sname(&db.store).await;
                }
            )*
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $dname() {
                    let Some(db) = TestDb::postgres().await else { return };
                    crate::$dmod::$dname(&db).await;
                }
            )*
        }
    };
}

stories! {
    store: [
        registry::the_registry_holds_a_federation_partners_and_collectives,
        registry::collectives_must_be_in_a_known_district_with_known_partners,
        registry::districts_are_loaded_once_and_new_ones_can_be_added,
        registry::migrating_again_changes_nothing,
        registration::a_registration_writes_her_her_membership_and_her_pending_consents_in_one_go,
        registration::a_failure_in_the_consent_step_leaves_no_member_behind,
        registration::under_18_she_keeps_only_her_name_and_membership_and_no_consent,
        registration::a_number_already_registered_is_refused_without_saying_where,
        members::a_member_is_created_and_read_back,
        members::duplicate_member_codes_are_refused_and_a_number_in_use_is_flagged_not_refused,
        members::a_member_is_found_by_phone_through_the_blind_index,
        members::memberships_are_dated_and_lists_show_only_current_members,
        facts::a_rosters_facts_equal_each_members_own_facts,
        facts::a_missing_members_facts_take_the_same_steps_as_a_present_ones,
        facts::at_23_utc_the_store_and_the_pages_agree_on_which_day_it_is,
        personal::reading_someone_elses_name_or_details_is_audited,
        personal::reading_her_own_details_is_not_audited,
        personal::an_update_is_audited_with_field_names_never_values,
        consent::consent_is_kept_as_a_dated_history_of_grants_and_withdrawals,
        consent_pending::a_grant_a_leader_records_waits_until_she_confirms_or_refuses_it,
        consent_pending::a_second_office_holder_confirms_for_a_member_without_an_account,
        phone_change::a_new_number_waits_for_her_leader_and_a_number_in_use_is_flagged_not_refused,
        mentors::a_mentor_is_assigned_dated_ended_and_only_current_mentors_count,
        mentors::only_an_enabled_facilitator_can_be_a_mentor,
        guardians::a_minor_keeps_only_the_minimum_until_her_guardian_consents,
        guardians::withdrawing_a_guardians_consent_withdraws_every_consent_that_rested_on_it,
        access_log::who_saw_my_data_lists_others_reads_and_refusals_but_not_her_own,
        access_log::every_audited_read_of_her_data_reaches_her_page,
        access_log::the_grievance_officer_and_a_leader_reading_her_requests_are_on_her_page,
        access_log::a_list_reloaded_200_times_counts_refusals_and_pushes_no_read_off_her_page,
        access_log::reads_and_refusals_are_paged_apart_one_line_per_person_action_and_day,
        access_log::audit_retention_prunes_the_refusal_counts_with_the_rows_they_extend,
        accounts::accounts_log_in_by_username_or_by_phone_number,
        accounts::bad_usernames_passwords_and_duplicates_are_refused,
        accounts::a_disabled_account_cannot_log_in_act_or_keep_sessions_and_tokens,
        accounts::the_actor_carries_her_grants_and_only_her_current_collectives,
        accounts::grants_must_fit_their_role,
        accounts::api_tokens_identify_their_account,
        invitations::an_activation_code_sets_her_password_once_and_is_in_her_history,
        offices::a_handover_moves_the_leaders_access_on_its_date,
        offices::a_former_holders_explicit_leader_grant_goes_at_the_handover,
        offices::a_move_shows_in_both_histories,
        offices::an_ended_membership_ends_her_offices_and_she_may_rejoin,
        invitations::an_expired_activation_code_is_refused,
        invitations::a_second_activation_code_voids_the_first,
        invitations::a_wrong_activation_code_is_refused_and_writes_nothing,
        staff::inviting_a_leader_makes_her_account_grant_and_code_in_one_transaction,
        staff::a_taken_or_bad_username_is_refused_and_writes_nothing,
        staff::disabling_voids_her_code_and_ends_her_sessions_and_enabling_revives_neither,
        staff::stopping_a_members_account_is_in_her_history,
        account_audit::every_write_to_an_account_is_audited_by_id_with_who_wrote_it,
        account_audit::account_writes_that_change_nothing_or_fail_record_nothing,
        account_audit::naming_the_federation_is_audited_once_per_change,
        sessions::sessions_end_when_idle_and_everywhere_at_once,
        sessions::a_session_ends_at_its_lifetime_however_active,
        audit::the_audit_chain_is_intact_after_ordinary_use,
        audit::concurrent_appends_keep_one_unbroken_chain,
        audit_ops::pruning_removes_old_rows_and_the_rest_still_verifies,
        audit_ops::audit_accessed_lists_exactly_the_members_an_account_touched,
        erasure::after_erasure_she_is_gone_but_still_counted,
        rights::a_correction_request_goes_from_open_to_done_or_declined_and_each_step_is_audited,
        rights::a_grievance_is_due_ninety_days_after_it_is_raised_and_is_answered_once,
        rights::her_export_holds_everything_about_her_and_nothing_about_anyone_else,
        scorecards::scorecard_institutions_are_registered_once_per_type_name_and_district,
        scorecards::a_bad_scorecard_import_file_imports_nothing_and_names_every_row,
        scorecards::a_scorecard_round_that_does_not_fit_together_is_refused,
        scorecards::a_scorecard_round_runs_from_planning_to_publication_and_follow_up,
        scorecards::a_member_changing_her_scorecard_rating_changes_the_tally_once,
        scorecards::concurrent_scorecard_ratings_of_one_institution_lose_nothing,
        scorecards::a_scorecard_round_that_is_not_open_refuses_ratings,
        scorecards::the_audit_chain_is_intact_after_a_whole_scorecard_round_and_never_holds_a_rating,
        scorecards_skips::a_skipped_question_and_a_place_she_did_not_go_to_leave_the_tallies_alone,
        scorecards_snapshots::the_yearly_card_sums_only_shown_round_cells_and_is_remade_only_when_its_rounds_change,
        member_import::a_register_with_three_bad_rows_names_exactly_them_and_writes_nothing,
        member_import::the_corrected_register_imports_all_500_at_once_and_again_is_refused_as_duplicates,
        member_import::phones_twice_in_a_file_and_names_twice_without_phones_are_bad_rows,
        member_import::a_workbook_register_imports_like_its_csv,
        member_import::erasing_an_imported_member_erases_the_key_she_was_recognised_by,
        member_import::header_words_in_her_language_name_the_columns,
        member_import::a_member_registered_between_preview_and_import_stops_the_whole_import,
        cases_import::a_good_csv_register_is_previewed_without_writing_then_imported_whole,
        cases_import::a_good_xlsx_register_is_imported_with_excels_dates_numbers_and_labels,
        cases_import::a_register_with_one_case_already_recorded_imports_none_of_its_rows,
        cases_import_broken::a_register_with_wrong_or_missing_columns_imports_nothing_and_names_each_column,
        cases_import_broken::every_bad_row_of_a_csv_register_is_named_with_its_row_and_column_and_nothing_is_imported,
        cases_import_broken::every_bad_row_of_an_xlsx_register_is_named_with_the_sheets_own_row_numbers,
        cases_import_broken::a_register_file_that_is_empty_not_utf8_or_not_a_spreadsheet_is_refused_whole,
        cases::a_case_of_every_kind_opens_in_its_first_state_and_reads_back,
        cases::every_transition_of_every_workflow_is_allowed_and_recorded,
        cases::a_refused_transition_says_where_the_case_may_go_and_writes_nothing,
        cases::a_state_change_from_a_stale_page_is_refused,
        cases::a_state_change_may_not_be_dated_in_the_future_or_before_the_last_change,
        cases::hearings_are_recorded_on_legal_cases_only,
        cases::a_deadline_is_moved_only_with_a_reason_and_only_if_the_case_has_it,
        cases_undo::her_own_move_is_undone_within_the_window_and_the_case_and_its_deadlines_come_back,
        cases_undo::an_undo_after_the_window_is_refused_and_changes_nothing,
        cases_undo::only_the_account_that_made_the_move_may_undo_it,
        cases_undo::a_move_followed_by_anything_else_on_the_case_cannot_be_undone,
        cases_letters::a_letter_with_its_photos_round_trips_and_the_token_is_the_only_handle,
        cases_letters::an_oversize_or_mistyped_file_refuses_the_whole_entry,
        cases_letters::a_leaders_reading_of_her_case_is_audited_with_the_case_support_purpose,
        cases_due::due_dates_are_listed_up_to_the_last_day_and_overdue_from_the_day_after,
        cases_due::a_leader_looking_at_due_dates_is_audited_and_the_runner_is_not,
        cases_due::a_withdrawn_case_owes_nothing_and_shows_nothing_overdue,
        cases_privacy::her_export_holds_her_cases_with_their_timelines_and_nobody_elses,
        cases_privacy::after_erasure_her_cases_files_and_reminders_are_gone_and_the_figures_drop_her_claim,
        cases_privacy::a_reminder_text_that_gives_casework_away_is_refused,
        cases_backup::the_benchmark_seeder_writes_cases_the_readers_understand,
        figure_releases::a_figure_release_is_stored_and_read_back_as_made,
        figure_releases::a_claim_added_after_a_release_changes_nothing_served_until_the_next,
        figure_releases::an_erasure_reaches_the_figures_only_at_the_next_release,
        figure_releases::an_erasure_leaves_no_token_of_her_claims_in_any_release_record,
        figure_releases::the_first_release_is_made_once_at_start_and_then_on_schedule,
        figure_releases::concurrent_release_makers_queue_and_the_first_start_makes_one,
    ],
    db: [
        access_log::refusal_counts_travel_through_a_backup,
        audit::a_changed_audit_row_is_detected,
        audit::a_removed_audit_row_is_detected,
        audit::swapped_audit_rows_are_detected,
        audit::rows_cut_off_the_end_are_detected,
        audit::the_database_refuses_to_change_the_audit_log,
        audit_ops::the_database_deletes_audit_rows_only_behind_the_anchor,
        audit_ops::moving_the_anchor_without_the_key_is_caught,
        audit_ops::rows_cut_off_the_end_with_the_head_moved_back_are_caught,
        audit_ops::a_chain_rebuilt_with_plain_hashes_is_caught,
        audit_head_checked::a_store_with_another_key_appends_nothing_to_the_chain,
        audit_head_checked::an_append_does_not_bless_an_anchor_moved_without_the_key,
        backup::a_backup_restores_into_an_equal_deployment,
        backup::restore_refuses_a_deployment_that_already_holds_data,
        backup::a_backup_taken_under_write_load_restores_to_a_consistent_point,
        backup::a_backup_holds_no_plaintext_and_is_useless_with_another_master_key,
        backup::a_cut_or_changed_backup_is_refused_and_restores_nothing,
        backup::a_backup_from_before_an_erasure_does_not_bring_her_back,
        leaks::names_and_phone_numbers_are_never_stored_in_plaintext,
        leaks::secrets_are_stored_only_as_hashes,
        leaks::another_master_key_reads_nothing,
        erasure::after_erasure_the_database_files_hold_nothing_of_hers,
        erasure::a_reader_older_than_the_erasure_does_not_keep_her_bytes_in_the_files,
        erasure::restoring_an_old_copy_and_replaying_the_ledger_erases_her_again,
        erasure::a_tampered_ledger_is_detected_and_stops_erasure_and_replay,
        erasure::erasure_is_refused_without_a_ledger,
        consent_records::a_witness_is_sealed_under_her_key_and_read_back_only_with_an_audit,
        consent_pending::pending_consents_and_phone_requests_travel_through_a_backup,
        scorecards_privacy::scorecard_ratings_are_never_stored_in_plaintext,
        scorecards_privacy::erasure_removes_her_scorecard_ratings_but_not_the_counts,
        scorecards_snapshots::a_rounds_card_is_made_when_it_closes_and_served_unchanged_after,
        scorecards_snapshots::stored_score_cards_travel_through_a_backup,
        cases_letters::case_words_and_attached_files_are_never_stored_in_plaintext,
        cases_due::compensation_claims_give_amounts_without_any_members_key,
        cases_backup::a_backup_carries_her_cases_and_their_files_and_they_open_after_restore,
        figure_releases::a_release_record_moved_to_another_release_does_not_open,
        figure_releases::figure_releases_travel_through_a_backup,
    ],
}

#[test]
fn database_urls_other_than_sqlite_and_postgres_are_refused() {
    for url in ["mysql://root:pw@localhost/dhruva", "foo", ""] {
        match dhruva_store::DatabaseUrl::parse(url) {
            Err(dhruva_store::StoreError::UnsupportedUrl(message)) => {
                assert!(message.contains("sqlite://") && message.contains("postgres://"), "{message}");
                assert!(!message.contains("pw@"), "{message}");
            }
            other => panic!("{url:?} was accepted: {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_sqlite_database_in_a_missing_directory_is_refused_not_created_elsewhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = dhruva_store::DatabaseUrl::sqlite_in(&dir.path().join("no-such-dir"));
    let keys = dhruva_store::Keyring::derive(&dhruva_store::MasterKey::generate());
    match dhruva_store::Store::open(&url, keys).await {
        Err(dhruva_store::StoreError::Invalid(message)) => assert!(message.contains("does not exist"), "{message}"),
        other => panic!("opened: {other:?}"),
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing was created");
}
