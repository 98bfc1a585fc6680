//! The web layer, tested as a person and a program would use it: the real router served on a
//! loopback port, driven over HTTP, against a fresh database per test. Every flow runs on
//! SQLite, and again on PostgreSQL when `DHRUVA_TEST_POSTGRES_URL` names a server.

mod access;
mod access_log_complete;
mod api;
mod app;
mod cases_flow;
mod cases_privacy;
mod cases_world;
mod casework_desk;
mod casework_figures;
mod casework_import;
mod casework_reminders;
mod casework_world;
mod collective_setup;
mod consent_pending;
mod consents;
mod csrf;
mod decisions;
mod error_bodies;
mod figures_releases;
mod forms_forgiving;
mod invitations;
mod login;
mod member_import;
mod navigation;
mod offices;
mod ops;
mod pages;
mod phone_change;
mod rating_skips;
mod registration;
mod registry_edit;
mod reports_pages;
mod reports_privacy;
mod reports_snapshots;
mod reports_world;
mod research_export;
mod rights;
mod scorecards_rounds;
mod staff;
mod welcome;
mod world;

macro_rules! flows {
    ($($module:ident :: $name:ident),* $(,)?) => {
        mod on_sqlite {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    crate::$module::$name(TestDb::sqlite().await).await;
                }
            )*
        }
        mod on_postgres {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(db) = TestDb::postgres().await else { return };
                    crate::$module::$name(db).await;
                }
            )*
        }
    };
}

flows! {
    offices::a_leader_hands_over_the_secretarys_office_and_the_access_moves_with_it,
    offices::another_collectives_leader_gets_404_for_these_pages,
    offices::bad_input_is_refused_beside_the_field_with_her_typing_kept_and_nothing_written,
    offices::every_form_needs_its_csrf_token,
    offices::a_member_moves_leaves_and_comes_back_with_her_dated_history,
    member_import::a_register_is_checked_naming_its_bad_rows_then_imported_whole_through_the_pages,
    member_import::the_preview_speaks_her_language,
    member_import::others_are_refused_and_bad_uploads_are_answered_with_a_message_writing_nothing,
    member_import::the_api_checks_and_imports_a_register_with_the_pages_rules,
    collective_setup::the_coordinator_creates_a_collective_from_her_home,
    collective_setup::a_bad_collective_is_refused_beside_its_fields_with_her_typing_kept_and_nothing_written,
    collective_setup::only_whoever_may_create_a_collective_sees_the_page,
    login::a_person_logs_in_with_her_username_and_lands_on_her_home_page,
    login::a_person_logs_in_with_her_phone_number_however_it_is_written,
    login::a_wrong_password_and_an_unknown_account_get_the_same_answer,
    login::wrong_tries_through_her_username_and_her_phone_count_against_one_account,
    login::the_right_password_works_after_five_failures_once_a_short_wait_is_over,
    login::a_session_ends_at_its_lifetime_however_active,
    login::many_names_tried_from_one_address_are_throttled,
    login::an_idle_session_expires,
    login::logging_out_ends_the_session,
    login::logging_out_everywhere_ends_every_session,
    login::session_cookies_are_secure_http_only_and_host_only,
    login::plain_http_deployments_get_plain_cookie_names,
    login::quick_exit_ends_the_session_and_clears_the_site,
    login::quick_exit_from_a_stale_page_still_leaves_but_ends_nothing,
    welcome::a_refused_login_keeps_the_username_never_the_password_and_says_who_can_help,
    welcome::a_language_chosen_before_login_survives_exit_now_over_the_browsers_english,
    welcome::her_accounts_language_is_written_down_at_exit_now,
    welcome::the_language_choice_comes_before_the_page_and_right_after_exit_now,
    welcome::her_reminders_page_says_what_is_due_on_her_cases_and_links_each,
    welcome::reminder_settings_offer_and_accept_sms_and_email_only_with_a_gateway,
    welcome::her_data_and_her_mentor_page_speak_to_her_in_words,
    welcome::the_providers_self_assessment_asks_the_office_in_its_own_words,
    csrf::a_post_without_a_token_is_refused_and_changes_nothing,
    csrf::a_token_from_another_session_is_refused,
    csrf::a_cross_site_post_is_refused_even_with_a_token,
    csrf::a_form_token_from_before_login_is_refused_after_login,
    pages::every_response_carries_the_security_headers,
    pages::no_page_carries_script_or_inline_style,
    pages::every_page_with_its_css_weighs_at_most_30_kb_gzipped,
    pages::the_login_page_speaks_bengali_after_the_switcher,
    pages::the_login_page_speaks_bengali_to_a_phone_set_to_bengali,
    pages::a_language_chosen_while_logged_in_is_kept_on_her_account,
    pages::the_hooks_the_browser_test_relies_on_are_in_place,
    access::a_leader_sees_her_collectives_members_and_their_names,
    access::another_collective_looks_exactly_like_one_that_does_not_exist,
    access::a_facilitator_sees_codes_and_only_the_names_she_was_allowed,
    access::the_admin_sees_codes_but_never_a_name,
    access::an_analyst_sees_collectives_but_no_members,
    access::a_member_sees_and_corrects_her_own_profile,
    access::validation_errors_on_a_page_are_clear_and_translated,
    api::requests_without_a_valid_token_are_refused,
    api::a_member_token_reads_herself_but_not_another_member,
    api::a_leader_creates_a_member_and_her_name_and_phone_are_not_stored_in_plaintext,
    api::members_can_only_be_created_where_the_policy_allows,
    api::validation_errors_are_422_with_a_translated_message_per_field,
    api::no_api_body_or_path_answers_a_server_error,
    api::personal_fields_are_edited_by_her_or_not_at_all,
    api::lists_are_filtered_by_the_policy,
    api::the_openapi_document_describes_the_member_paths,
    ops::health_is_reported_from_the_database,
    ops::metrics_name_routes_but_never_ids_codes_or_names,
    ops::metrics_are_not_found_without_the_configured_token,
    research_export::every_row_of_the_research_file_has_four_twins_and_a_small_collective_is_never_named,
    rights::her_copy_holds_her_data_and_nobody_elses_and_nobody_else_can_fetch_it,
    rights::a_correction_is_asked_made_by_her_leader_and_closed_each_step_in_the_audit_log,
    rights::a_complaint_reaches_the_grievance_officer_with_its_due_date_and_the_answer_comes_back,
    rights::erasure_needs_her_password_and_then_she_is_gone_for_everyone_but_still_counted,
    consents::each_purpose_is_refused_before_her_grant_allowed_after_and_refused_after_withdrawal,
    consents::who_saw_my_data_shows_others_reads_and_not_her_own,
    access_log_complete::the_grievance_officer_reading_her_complaint_is_on_her_page,
    access_log_complete::a_leader_reading_her_correction_requests_is_on_her_page,
    access_log_complete::a_list_reloaded_200_times_leaves_the_earlier_read_on_her_page_and_counts_the_refusals,
    access_log_complete::reads_and_refusals_are_paged_with_links_that_need_no_script,
    access_log_complete::a_roster_reloaded_by_her_mentor_counts_the_refused_name_on_one_line,
    consents::a_leader_records_a_paper_consent_and_the_member_sees_and_withdraws_it,
    consents::a_minor_keeps_only_her_name_until_a_leader_records_her_guardians_consent,
    consents::the_privacy_notice_is_public_and_complete_in_bengali,
    navigation::every_roles_home_links_the_pages_it_may_use_and_every_link_answers,
    navigation::the_privacy_notice_sends_staff_to_what_applies_to_them,
    navigation::the_district_is_chosen_from_the_list_and_checked_on_the_server,
    navigation::rosters_contacts_and_the_desk_are_searched_and_paged_without_a_script,
    navigation::who_saw_my_data_is_grouped_by_who_and_what_with_each_day_behind_it,
    navigation::a_case_prints_on_one_page_for_whoever_may_open_it_and_is_not_found_for_anyone_else,
    reports_pages::a_lone_raters_institution_is_hidden_in_the_page_files_api_and_public_page,
    reports_pages::a_member_of_another_collective_finds_no_score_card,
    reports_pages::the_public_page_exists_only_after_publishing_and_needs_no_login,
    reports_privacy::no_individual_rating_is_reachable_by_any_role_through_any_route,
    reports_snapshots::a_lone_raters_round_adds_nothing_to_the_yearly_card_before_after_or_beside_the_round_cards,
    reports_snapshots::a_published_rounds_page_does_not_move_when_an_institution_moves_district,
    reports_snapshots::the_card_its_organisers_saw_at_closing_is_the_card_the_public_gets,
    reports_snapshots::only_the_analyst_makes_a_yearly_snapshot_and_only_with_her_form_token,
    scorecards_rounds::a_round_is_planned_opened_rated_and_followed_by_counts_only,
    decisions::closing_and_publishing_a_round_happen_only_after_their_confirmation_page,
    decisions::the_facilitator_opens_and_runs_a_round_but_only_the_collectives_leader_closes_and_publishes_it,
    decisions::a_move_that_ends_her_case_is_confirmed_first_and_her_own_move_can_be_undone,
    scorecards_rounds::a_rating_with_a_question_unanswered_is_shown_again_with_a_message_in_her_language,
    scorecards_rounds::a_rating_without_its_csrf_token_is_refused_and_saves_nothing,
    scorecards_rounds::an_import_with_a_bad_row_imports_nothing_and_names_the_row,
    rating_skips::she_skips_a_question_and_marks_a_place_she_did_not_go_to_and_her_list_shows_it,
    rating_skips::the_closed_card_counts_only_the_answers_given,
    casework_desk::the_desk_lists_due_and_overdue_cases_only_for_members_who_asked_for_case_support,
    casework_desk::a_long_desk_shows_the_oldest_forty_of_each_list_and_a_link_to_all,
    casework_desk::the_settings_page_refuses_a_message_that_gives_casework_away,
    casework_reminders::no_reminder_in_any_language_carries_a_word_of_the_cases_it_reminds_about,
    casework_reminders::she_sees_her_reminders_on_her_home_page_and_opening_them_marks_them_read,
    casework_import::a_register_is_previewed_without_writing_then_imported_on_confirm,
    casework_import::a_broken_register_names_every_bad_row_and_writes_nothing,
    casework_import::a_register_bigger_than_a_form_reaches_the_import_and_one_past_its_limit_is_refused,
    casework_import::a_strangers_big_post_is_refused_after_a_forms_worth,
    casework_import::hostile_workbooks_are_refused_with_a_message_naming_the_limit_and_the_server_keeps_answering,
    error_bodies::a_body_over_the_limit_is_a_translated_page,
    error_bodies::an_upload_that_cannot_be_parsed_is_a_translated_page,
    error_bodies::a_missing_stylesheet_is_a_translated_page,
    error_bodies::a_method_a_route_does_not_take_is_a_translated_page,
    error_bodies::the_apis_errors_stay_json_or_bare,
    casework_figures::figures_show_fewer_than_k_for_small_cells_and_numbers_for_big_ones,
    casework_figures::a_collectives_figures_cannot_be_subtracted_from_the_federations_to_find_another_collectives_few_claims,
    figures_releases::a_claim_added_between_two_views_changes_no_page_until_the_next_release,
    figures_releases::an_erasure_does_not_move_the_served_figures_until_the_next_release,
    figures_releases::the_analyst_publishes_from_the_page_and_it_shows_todays_date,
    figures_releases::nobody_but_the_analyst_may_publish_and_a_refused_publish_writes_nothing,
    casework_figures::a_member_of_another_collective_cannot_see_a_collectives_figures,
    cases_flow::a_member_opens_cases_of_each_kind_and_moves_them_on,
    cases_flow::a_refused_move_of_her_cases_says_where_it_can_go_and_writes_nothing,
    cases_flow::forms_of_her_cases_without_a_csrf_token_are_refused_and_write_nothing,
    cases_privacy::without_her_consent_nobody_else_reaches_her_cases_a_case_or_a_file,
    cases_privacy::with_her_consent_a_leader_records_a_letter_with_a_photo_on_her_cases_and_she_sees_it,
    cases_privacy::a_file_too_big_or_of_the_wrong_type_is_refused_on_her_cases_and_nothing_is_written,
    consent_pending::a_consent_a_leader_records_opens_nothing_until_she_confirms_it,
    consent_pending::a_second_office_holder_confirms_for_a_member_without_an_account,
    phone_change::her_new_number_gets_the_same_answer_on_the_page_whether_or_not_it_is_registered,
    registration::a_leader_registers_a_member_in_three_steps_and_she_logs_in_with_her_number,
    registration::a_minor_keeps_only_her_name_and_lands_on_her_guardians_page,
    registration::a_number_registered_elsewhere_is_answered_without_naming_where,
    registration::another_collectives_leader_finds_nothing_and_a_member_may_not_register,
    registration::bad_input_is_refused_beside_its_field_with_her_typing_kept_and_nothing_written,
    registration::registration_forms_need_their_csrf_token,
    registration::a_wrong_number_is_answered_like_a_wrong_username,
    registration::changing_her_number_keeps_her_details,
    invitations::a_leader_gives_a_code_and_she_activates_her_account_and_logs_in,
    invitations::a_wrong_code_is_refused_with_her_typing_kept_and_nothing_written,
    invitations::every_new_form_needs_its_csrf_token,
    invitations::another_collectives_leader_gets_the_same_404_as_for_a_missing_member,
    invitations::she_changes_her_own_password_knowing_the_current_one,
    invitations::guessing_codes_from_one_client_is_slowed_like_guessing_passwords,
    staff::the_coordinator_invites_a_leader_who_activates_and_lands_on_her_home,
    staff::the_coordinator_cannot_reset_or_disable_the_admin_a_coordinator_or_a_member,
    staff::the_desks_are_nobody_elses,
    staff::a_leader_stops_her_members_account_and_allows_it_again,
    staff::bad_invitations_are_422_beside_the_field_with_nothing_written,
    staff::every_staff_form_needs_its_csrf_token,
    staff::the_api_invites_lists_resets_and_stops_with_the_same_rules,
    phone_change::through_the_api_a_new_number_and_a_registration_answer_the_same_whether_or_not_it_is_registered,
    forms_forgiving::a_meeting_before_the_round_or_without_attendance_is_shown_again_and_nothing_is_kept,
    forms_forgiving::an_action_due_before_the_round_is_shown_again_and_nothing_is_kept,
    forms_forgiving::a_round_title_or_institution_name_over_200_characters_is_shown_again_and_nothing_is_kept,
    forms_forgiving::a_hearings_next_date_before_it_or_a_letter_summary_over_its_limit_is_shown_again_and_nothing_is_kept,
    forms_forgiving::no_form_answers_a_server_error_to_odd_text,
    forms_forgiving::no_rights_consent_or_profile_form_answers_a_server_error_to_odd_text,
    forms_forgiving::no_case_erasure_or_reminder_form_answers_a_server_error_to_odd_text,
    forms_forgiving::no_rating_self_assessment_or_login_answers_a_server_error_to_odd_text,
}
