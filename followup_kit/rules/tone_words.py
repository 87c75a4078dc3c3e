"""Word classes of the tone scorer: what a word says about a sentence's tone, as data.

The scorer (tone_model) reads a sentence as a sequence of word classes, so that what it learned
from "I'm terrified" carries over to "I'm petrified" and "I'm scared stiff". Each class names
the tone it speaks for (its theme; empty for grammatical classes such as I or PLEASE) and lists
its words. A phrase is written with underscores ("top_of_the_pile") and is read as one word.
Words are lowercase, with contractions spelt out the way the scorer spells them out ("can not",
"i would"): write "can_not_afford", not "can't afford". A word may belong to several classes.
"""

from __future__ import annotations

__all__ = ["CLASSES", "CONTRACTIONS", "THEMES"]

# Themes and the rule each belongs to; tone_model holds their messages.
THEMES = {
    "begging": "desperate",
    "terms": "desperate",
    "stakes": "desperate",
    "anxiety": "desperate",
    "self-doubt": "desperate",
    "apology": "desperate",
    "promise": "desperate",
    "deadline": "pushy",
    "reproach": "pushy",
    "counting": "pushy",
    "ultimatum": "pushy",
    "presumption": "pushy",
    "rush": "pushy",
    "casual": "informal",
}

# Contractions spelt out before classes are looked up ("i'm" -> "i am"); a word ending in
# "n't", "'ll", "'re", "'ve" or "'d" is spelt out by rule, so only the irregular ones are here.
CONTRACTIONS = {
    "can't": "can not",
    "cannot": "can not",
    "cant": "can not",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "am not",
    "i'm": "i am",
    "im": "i am",
    "ive": "i have",
    "dont": "do not",
    "didnt": "did not",
    "doesnt": "does not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "youre": "you are",
    "youll": "you will",
    "youve": "you have",
    "youd": "you would",
    "theyre": "they are",
    "let's": "let us",
    "lets": "let us",
    "gonna": "gonna",
    "wanna": "wanna",
    "gotta": "gotta",
}

CLASSES: dict[str, tuple[str, str]] = {
    # --- grammar: who speaks, who is asked, softeners, negation, time ---------------------------
    "I": ("", "i me my myself mine"),
    "YOU": ("", "you your yours yourself yourselves"),
    "WE": ("", "we us our ours"),
    "THEY": ("", "they them their he she his her"),
    "PLEASE": ("", "please pls plz kindly"),
    "NEG": ("", "not no never nothing nobody none nor without hardly barely neither"),
    "WILL": ("", "will shall"),
    "WOULD": ("", "would could might may"),
    "CAN": ("", "can able"),
    "MUST": (
        "",
        "must need_to needs_to have_to has_to had_to got_to ought_to should had_better better",
    ),
    "IF": ("", "if unless should_you in_case whether"),
    "SO": ("", "so therefore hence which_means"),
    "BUT": ("", "but although though however yet"),
    "JUST": ("", "just only simply merely even"),
    "INTENSE": (
        "",
        "so very really truly deeply terribly awfully incredibly extremely utterly totally "
        "completely absolutely honestly genuinely sincerely seriously literally desperately "
        "badly profusely enormously hugely immensely such",
    ),
    "AGAIN": (
        "",
        "again once_again yet_again once_more one_more_time another repeatedly over_and_over "
        "again_and_again",
    ),
    "ALL": ("", "all every each everyone everybody everything always constantly"),
    "ANY": (
        "terms",
        "any whatever anything anywhere anytime whichever whatsoever no_matter regardless "
        "any_at_all at_all",
    ),
    "HOPE": ("", "hope hoping hoped hopes hopefully wish wishing"),
    "THANKS": (
        "",
        "thank thanks thanking thankful grateful gratitude appreciate appreciated appreciating "
        "appreciation",
    ),
    "ENJOY": (
        "",
        "enjoy enjoyed enjoying loved lovely glad pleased delighted fun wonderful great "
        "pleasure excited exciting thrilled keen eager interesting impressed proud",
    ),
    "UNDERSTAND": (
        "",
        "understand understandable realise realize realised realized appreciate aware know "
        "recognise recognize",
    ),
    "QUESTION": ("", "?"),
    "EXCLAIM": ("", "!"),
    "NUMBER": ("", "#num two three four five six seven eight nine ten twelve twenty several"),
    "DAY": (
        "",
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
        "thurs fri sat sun weekend",
    ),
    "MONTH": (
        "",
        "january february march april june july august september october november december jan "
        "feb mar apr jun jul aug sep sept oct nov dec #date",
    ),
    # --- time: deadlines and urgency ------------------------------------------------------------
    "NOW": (
        "deadline",
        "at_the_most the_moment the_minute now_or_never today tonight tomorrow immediately asap "
        "urgently urgent promptly instantly straight_away right_away at_once this_afternoon "
        "this_morning this_evening first_thing first_thing_tomorrow by_return return_of_post "
        "by_return_of_post without_delay without_fail as_soon_as_possible as_soon_as_you_read "
        "as_soon_as_you_can end_of_day end_of_the_day end_of_business close_of_business "
        "close_of_play eod cob eob end_of_today before_the_day_is_out lunchtime noon midday "
        "midnight this_week before_the_weekend by_the_weekend end_of_the_week end_of_this_week "
        "end_of_week eow within_the_hour within_the_day next_two_days next_48_hours 24_hours "
        "48_hours same_day right_now at_the_latest no_later_than not_later_than",
    ),
    "BY": ("", "by before until till within no_later_than not_later_than"),
    "DEADLINE_WORD": ("deadline", "deadline deadlines cutoff cut-off time_limit"),
    # --- what they might be asked to do ---------------------------------------------------------
    "ANSWER_VERB": (
        "deadline",
        "make_up_your_mind make_your_mind_up answer reply respond revert decide confirm tell "
        "inform update notify advise let_me_know get_back get_back_to_me come_back_to_me "
        "write_back call_back ring_back call_me ring_me phone_me email_me text_me contact_me "
        "send_me reply_to_me respond_to_me answer_me hear_back hear_from_you acknowledge",
    ),
    "ORDER_VERB": (
        "deadline",
        "send call ring phone email contact sign finalise finalize arrange action ensure "
        "make_sure be_sure approve sort_out chase settle commit",
    ),
    "ANSWER": (
        "",
        "answer answers decision decisions reply replies response responses outcome result "
        "results verdict update updates news word feedback confirmation offer contract "
        "paperwork number figure yes callback status acknowledgement where_things_stand "
        "yes_or_no green_light go-ahead final_number offer_letter the_job_is_mine",
    ),
    "WANT": (
        "deadline",
        "want wants wanted need needs require requires required expect expecting expected "
        "insist insisting insisted demand demanding demanded ask_that request_that would_like "
        "like_to_have must_have",
    ),
    "FORCE": (
        "deadline",
        "essential important_that i_am_requesting requesting request_that required must insist "
        "insisting require requires demand demanding expect expecting without_fail by_return "
        "at_the_latest no_later_than not_later_than serious seriously non-negotiable "
        "firm_deadline i_require mandatory",
    ),
    "LOOK_FORWARD": (
        "",
        "look_forward looking_forward look_forward_to looking_forward_to hoping_to_see trust "
        "assume assuming confident counting_on",
    ),
    "REMIND": (
        "reproach",
        "nudge gentle_nudge quick_nudge remind reminder reminders reminding friendly_reminder "
        "gentle_reminder as_a_reminder just_a_reminder quick_reminder",
    ),
    # --- the wait and the reproach --------------------------------------------------------------
    "WAIT": (
        "reproach",
        "wait waiting waited awaiting await limbo in_the_dark left_in_the_dark silence silent "
        "gone_quiet gone_silent heard_nothing no_word no_reply no_response no_news not_heard "
        "not_heard_back nothing_back",
    ),
    "STILL": ("", "still yet already now anymore so_far to_date"),
    "ELAPSED": (
        "reproach",
        "days weeks fortnight fortnights months ago longer forever ages day_twelve week_three "
        "so_long this_long that_long",
    ),
    "PROMISED": ("reproach", "promised supposed assured guaranteed"),
    "DELAY": ("", "delay delays delayed hold-up holdup"),
    "WHY": ("", "why how_come"),
    "REPROACH": (
        "reproach",
        "black_hole forgotten forgotten_about_me poor_form hanging left_hanging speaks_volumes "
        "turnaround straight_answer plenty_of_time too_much_to_ask not_good_enough "
        "going_unanswered kept_waiting why_the_delay what_is_the_delay why_the_wait "
        "why_the_silence owe owed owe_me still_owe deserve_an_answer i_deserve unreasonable "
        "wearing_thin run_out_of_patience courtesy_of_a_reply the_least disappointing "
        "disappointed unacceptable frustrating frustrated unprofessional excessive ridiculous "
        "absurd rude discourteous courtesy decency tired fed_up impatient lose_patience "
        "losing_patience had_enough long_enough drag dragging dragged drag_on drag_out "
        "dragging_on holding_up hold-up holdup delays slowly sluggish disorganised disorganized "
        "shambles ignored ignoring bothered bother_to had_the_courtesy no_excuse inexcusable "
        "baffling baffled puzzling why_is why_has why_have why_does what_is_taking "
        "what_is_the_holdup taking_so_long take_so_long taking_this_long take_this_long",
    ),
    "CHASE": (
        "counting",
        "chase chasing chased keep_asking keep_chasing resend resending forwarding "
        "follow_up_again following_up_again writing_again emailing_again unanswered "
        "went_unanswered no_answer ignored_my",
    ),
    "COUNT": (
        "counting",
        "twice second_time third_time fourth_time fifth_time second_email third_email "
        "fourth_email second_reminder third_reminder second_message third_message three_times "
        "four_times five_times several_times many_times multiple numerous repeatedly times "
        "occasions separate_occasions umpteenth countless",
    ),
    "MESSAGE": (
        "",
        "email emails e-mail e-mails message messages voicemail voicemails calls letters "
        "reminders follow-ups notes texts mails",
    ),
    "PREVIOUS": ("", "previous earlier prior last first_email last_email"),
    # --- ultimatums and leverage ----------------------------------------------------------------
    "ULTIMATUM": (
        "ultimatum",
        "done_waiting i_am_done i_am_taking taking_the_other take_it_or_leave_it now_or_never "
        "hot_commodity other_options otherwise or_else i_am_gone i_will_walk withdraw "
        "withdrawing withdrawn walk walk_away elsewhere move_on moving_on i_am_out "
        "i_will_be_gone sign_elsewhere forced last_chance final_chance competitor competitors "
        "lose_me consider_it_agreed consider_my_application_withdrawn hold_off keep_this_open "
        "wait_around waiting_around in_demand lining_up other_offers other_offer better_offer "
        "more_money beat_it match_it",
    ),
    "LIMIT": (
        "ultimatum",
        "forever much_longer any_longer no_longer indefinitely patience runs_out running_out "
        "last_day one_more_week final_offer",
    ),
    # --- presumption: deciding for them, turning up, booking their time --------------------------
    "PRESUME": (
        "presumption",
        "turn_up drop_in dropping_in coming_in_tomorrow let_us_move_to skip_to "
        "consider_the_role_mine box-ticking box_ticking speaks_for_itself get_this_over_with "
        "agree_terms skipped_straight assume assuming presume presuming take_it formality "
        "obviously clearly surely obvious strongest best_fit strongest_candidate best_candidate "
        "obvious_choice no-brainer skip skipping dispense dispense_with unnecessary no_need "
        "agreed booked scheduled put_in_my_diary in_my_diary calendar_invite pop_in pop_into "
        "drop_by dropping_by come_by coming_by swing_by stop_by stopping_by outside_your_office "
        "track_record given_my_experience given_my_track_record i_am_sure_you_will_agree "
        "you_will_agree we_both_agree wrap_this_up wrap_up finalise_now move_this_along "
        "skip_ahead consider_agreed the_job_is_mine handed_in_my_notice told_my_employer "
        "already_resigned unless_i_hear_otherwise unless_you_object i_will_take_it",
    ),
    "RUSH": (
        "rush",
        "cut_to_the_chase first_in_the_queue moved_up move_up sooner wrapped_up "
        "make_this_a_priority expedite_my get_things_moving bring_forward put_pressure "
        "move_things_along hurry_up move_fast act_fast be_quick hurry hurrying rush rushed "
        "rushing speed speed_up speed_things_up faster quicker fast-track fast_track "
        "fast-tracked expedite expedited prioritise prioritize prioritised prioritized "
        "front_of_the_queue top_of_the_pile top_of_the_stack top_of_the_list bump push_through "
        "escalate escalated move_faster get_a_move_on put_a_rush move_along hurry_along "
        "get_on_with_it pull_your_finger_out step_it_up",
    ),
    "THIRD_PARTY": (
        "",
        "manager managers director directors ceo boss someone_senior senior head panel "
        "committee hr recruiter recruiters team_leader supervisor decision-makers "
        "hiring_manager hiring_committee",
    ),
    "OWN_PLAN": (
        "",
        "as_agreed as_arranged as_we_agreed as_we_arranged as_we_discussed as_discussed "
        "as_promised as_requested as_you_asked as_you_suggested as_you_requested "
        "as_you_mentioned you_mentioned you_said as_planned per_your_request following_our_call",
    ),
    "POLITE": (
        "",
        "whenever convenient convenience when_you_have_a_moment when_you_can no_rush "
        "no_pressure at_your_convenience happy_to_wait understand patient suits suit "
        "if_that_helps if_possible would_it_be_possible if_it_helps any_chance i_wondered "
        "wondering wondered perhaps possibly if_you_can when_it_is_ready when_ready "
        "in_your_own_time at_your_leisure whenever_you_are_ready do_not_hesitate feel_free "
        "happy_to glad_to if_you_need if_you_would_like would_you_mind",
    ),
    # --- begging --------------------------------------------------------------------------------
    "BEG": (
        "begging",
        "mercy hoping_against_hope room_for_me throw_myself beg begs begged begging plead "
        "pleads pleaded pleading plea implore implores imploring beseech beseeching entreat "
        "grovel grovelling groveling pity take_pity have_pity desperate desperately desperation "
        "on_my_knees on_bended_knee humbly humble_plea appealing_to heart_of_hearts "
        "find_it_in_your_heart find_it_in_yourself in_your_heart",
    ),
    "CHANCE": (
        "begging",
        "chance chances shot trial miracle exception benefit_of_the_doubt leap_of_faith "
        "second_look another_look one_more_chance second_chance last_chance one_chance "
        "another_chance just_one_chance fair_chance a_go a_shot one_more_shot another_shot",
    ),
    "REJECT": (
        "begging",
        "hold_against hold_it_against hold_my_nerves_against reject rejects rejected rejecting "
        "rejection rejections turn_down turned_down turning_down turn_me_down turn_me_away "
        "turn_away turned_away rule_out rule_me_out ruled_out write_off write_me_off "
        "written_off pass_over passed_over pass_me_over give_up_on give_up_on_me say_no dismiss "
        "discard close_my_file forget_about_me forget_me cross_me_off let_me_go no_thank_you",
    ),
    "FAVOUR": (
        "begging",
        "favour favor favours favors kindness kind_enough pull_strings pull_some_strings "
        "good_word put_in_a_word put_in_a_good_word a_word_for_me owe owe_you owe_you_one "
        "in_your_debt forever_in_your_debt eternally forever_grateful eternally_grateful "
        "personal_favour personal_favor personal_kindness do_me_the_kindness",
    ),
    "PROVE": (
        "promise",
        "prove proving proved worth worth_it worth_hiring show_you prove_myself prove_it "
        "earn_it earn_my_place",
    ),
    # --- any terms ------------------------------------------------------------------------------
    "PAY": (
        "terms",
        "salary salaries pay paid wage wages rate rates money compensation package packages "
        "bonus bonuses benefits income title titles grade grades band bands terms conditions "
        "hours holiday holidays allowance price minimum_wage day_rate hourly_rate "
        "salary_expectations pension",
    ),
    "LESS": (
        "terms",
        "lowest-paid lowest_paid low_paid low-paid less lower lowest reduce reduced reduction "
        "cut cuts drop dropping halve halved half below minimum nothing free for_free unpaid "
        "waive waiving forgo forego forgoing sacrifice sacrificing give_up pay_cut "
        "next_to_nothing pittance zero zero-hours no_benefits junior far_below beneath",
    ),
    "PICKY": (
        "terms",
        "foot_in_the_door left_over whatever_role whatever_the_figure not_choosy picky fussy "
        "choosy particular selective fussed no_questions_asked no_negotiation "
        "without_negotiating name_your_price any_terms",
    ),
    "SHIFTS": (
        "terms",
        "shift shifts nights night weekends evenings bank_holidays overtime location locations "
        "city country anywhere relocate relocation commute own_expense own_cost my_own_expense "
        "my_own_cost",
    ),
    "TAKE": (
        "terms",
        "take accept accepting settle settle_for sign anything_you_offer take_it "
        "whatever_you_offer whatever_you_are_offering",
    ),
    # --- need and personal stakes ---------------------------------------------------------------
    "NEED": ("stakes", "need needs needed require"),
    "JOB": (
        "",
        "job jobs role position post work employment opportunity income paycheck paycheque "
        "vacancy place opening contract",
    ),
    "STAKES": (
        "stakes",
        "wits_end at_my_wits_end in_pieces all_over_again nothing_else make_ends_meet drowning "
        "on_hold way_out only_way_out lost_count keep_going family kids children child baby "
        "partner parents wife husband rent bills mortgage debt debts loan loans savings "
        "landlord eviction evicted evict visa permit work_permit residency unemployed "
        "unemployment laid_off made_redundant redundant broke bankrupt struggling struggle "
        "struggled survive surviving afford afford_to lifeline last_hope only_hope last_resort "
        "running_out out_of_money out_of_options no_options no_other_options run_out_of_options "
        "nowhere_else nowhere_else_to_turn end_of_my_rope end_of_my_tether rock_bottom "
        "getting_by barely_getting_by financially money_troubles food_on_the_table move_back_in",
    ),
    "EVERYTHING": (
        "stakes",
        "everything the_world whole_world all_my_hopes whole_future my_future my_life "
        "whole_life life riding riding_on hinges depends my_dream dream dreams dreamed dreamt "
        "prayers answer_to_my_prayers means_so_much mean_so_much meant_so_much all_i_think "
        "all_i_think_about set_on heart_is_set pinning my_hopes",
    ),
    "COUNT_ON": (
        "stakes",
        "counting counting_on depend depends depending dependent relying rely relies riding_on "
        "pinning pinning_my_hopes",
    ),
    "COPE": (
        "stakes",
        "cope coping bear survive get_through go_through handle_another take_another face_another",
    ),
    "LET_DOWN": (
        "stakes",
        "let_down let_them_down let_everyone_down disappoint disappointed_in_me told_everyone "
        "told_my_family told_my_parents",
    ),
    # --- anxiety --------------------------------------------------------------------------------
    "FEAR": (
        "anxiety",
        "heart_stops my_heart_stops imagining_the_worst through_the_roof driving_me_crazy "
        "up_all_night rush_of_panic scared frightened terrified petrified fear fearful dread "
        "dreading panic panicking panicked panic_attack panic_attacks worried worry worrying "
        "worries anxious anxiety nervous nerves nervy stressed stress stressing fretting fret "
        "tense uneasy shaking trembling worried_sick sick_with_worry knot knots agony torture "
        "tortured unbearable excruciating tearing_me_apart crying cried cry tears tearful "
        "sobbing sobbed devastated heartbroken crushed destroyed distraught miserable misery "
        "despair despairing hopeless sleepless insomnia restless obsessing obsessed agonising "
        "agonizing on_edge on_tenterhooks bundle_of_nerves nervous_wreck wreck in_shreds "
        "scared_stiff freaking_out freaked_out beside_myself going_crazy losing_my_mind "
        "breakdown break_my_heart broken_hearted",
    ),
    "BODY": (
        "anxiety",
        "sleep slept sleeping eat eaten eating appetite breathe breathing concentrate "
        "concentrating think_straight settle switch_off relax relaxed stomach lying_awake awake "
        "woke pacing shaking ill sick",
    ),
    "CHECKING": (
        "anxiety",
        "hitting_refresh check checking checked refresh refreshing refreshed reload reloading "
        "glued staring watching pacing rereading reread jump jumps jumped buzzes pings "
        "sitting_by by_the_phone on_loud keep_checking kept_checking",
    ),
    "DEVICE": (
        "",
        "phone inbox email emails mail spam spam_folder junk voicemail notifications messages "
        "mobile screen laptop computer",
    ),
    "OFTEN": (
        "anxiety",
        "constantly all_day all_weekend all_night all_morning every_hour every_few_minutes "
        "every_minute every_five_minutes hourly nonstop non-stop obsessively twenty_times "
        "every_time first_thing last_thing every_morning every_night",
    ),
    # --- running oneself down -------------------------------------------------------------------
    "SELF_NEG": (
        "self-doubt",
        "fell_short no_expert nothing_special amateur beginner measure_up let_myself_down "
        "worst_you_heard complete_beginner useless stupid stupidity idiot idiotic fool foolish "
        "dumb hopeless incompetent inadequate unworthy worthless failure disaster mess pathetic "
        "clumsy awful terrible horrible dreadful embarrassing embarrassed ashamed humiliated "
        "humiliating mortified weakest worst unprepared train_wreck fell_apart long_shot "
        "ordinary unimpressive boring bored shameful kicking_myself made_a_fool "
        "made_a_fool_of_myself out_of_my_depth punching_above_my_weight not_cut_out cut_out "
        "not_good_enough good_enough up_to_your_standards not_much_to_offer much_to_offer "
        "nowhere_near at_the_bottom bottom_of_your_list bottom_of_the_list bottom_of_the_pile",
    ),
    "MISTAKE": (
        "self-doubt",
        "mistake mistakes error errors blunder blunders failed fail messed messed_up mess_up "
        "blew blew_it blown ruined ruin botched bombed fluffed stumbled rambled rambling froze "
        "blanked wrong badly poorly shortcomings weaknesses gaps screwed_up screw_up flopped "
        "choked",
    ),
    "COMPARE": (
        "self-doubt",
        "stronger smarter cleverer brighter more_qualified more_experienced better_qualified "
        "more_suited better_suited other_candidates other_applicants applicants candidates "
        "someone_better someone_else the_others hundred_people",
    ),
    "DESERVE": (
        "self-doubt",
        "deserve deserving deserved worthy unworthy cut_out_for measure_up qualified_enough "
        "smart_enough good_enough experienced_enough",
    ),
    "INTERVIEW": (
        "",
        "interview interviews answer answers question questions presentation test assessment "
        "case_study exercise call panel task performance",
    ),
    # --- apologising ----------------------------------------------------------------------------
    "APOLOGY": (
        "apology",
        "sorry apologise apologize apologies apology apologising apologizing apologised "
        "apologized forgive forgiveness pardon excuse regret regrets",
    ),
    "APOLOGY_MORE": (
        "apology",
        "heartfelt profusely profuse sincerest deepest a_thousand_apologies thousand enough "
        "can_not_apologise_enough can_not_apologize_enough so_sorry so_very_sorry "
        "terribly_sorry truly_sorry deeply_sorry very_sorry really_sorry",
    ),
    "BOTHER": (
        "apology",
        "bother bothering bothered pester pestering nuisance pest annoying annoy annoyed "
        "intrude intruding intrusion trouble troubling disturb disturbing spam spamming flood "
        "burden hassle nag nagging wasting_your_time waste_of_your_time take_up_your_time "
        "taking_up_your_time so_much_of_your_time",
    ),
    # --- pleading promises ----------------------------------------------------------------------
    "PROMISE": (
        "promise",
        "promise swear guarantee vow give_you_my_word my_word assure i_promise i_swear trust_me "
        "believe_me",
    ),
    "EFFORT": (
        "promise",
        "every_penny whatever_you_say hardest harder hardest_worker loyal most_loyal "
        "never_complain never_let_you_down beck_and_call day_and_night every_hour twice_as_hard "
        "all_hours whatever_you_ask whatever_it_takes anything_you_need literally_anything "
        "do_anything whole_life sacrifice regret never_regret not_regret disappoint",
    ),
    # --- casual register ------------------------------------------------------------------------
    # Office compounds that hold a casual word but are not casual: read as one plain word.
    "PLAIN": (
        "",
        "the_kind_of a_kind_of what_kind_of this_kind_of that_kind_of the_sort_of what_sort_of "
        "this_sort_of some_kind_of any_kind_of peace_of_mind sick_leave sick_pay sick_note "
        "off_sick sick_day sick_days buddy_programme buddy_program buddy_scheme buddy_system "
        "super_user super-user wicked_problem fire_safety fire_drill fire_alarm fire_door "
        "fire_exit fire_service well_lit the_whole_team whole_team the_whole_process "
        "whole_process lit_review an_epic the_epic epics cool_store cool_room cool_chain "
        "chilled cold_chain sweet_potato sweet_potatoes sweets props_department stage_props "
        "hang_glider crew_member crew_members cabin_crew film_crew ground_crew gang_mower "
        "wild_card wildlife massive_open",
    ),
    "SLANG": (
        "casual",
        "radio_silence bricking bricking_it doddle next_level cherry_on_top tough_crowd woot "
        "shucks aww_shucks righto okey_doke good_un mad_week quick_q or_nah awesome awesomeness "
        "dope legit stoked pumped psyched hyped amped jazzed fab brill mega bangin banging "
        "banger vibe vibes vibey chill chilled_out lowkey low-key low_key highkey high-key slay "
        "slays slayed shout-out shoutout shout_out gnarly bummer freaking frickin friggin hella "
        "totes deffo defo obvi amazeballs gonna wanna gotta kinda sorta lemme gimme dunno ya "
        "y'all yall peeps dude dudes bro bruh hiya heya howdy sup yo cheers laters ttyl xoxo "
        "lol lols haha hahaha hehe lmao lmfao rofl omg omfg tbh ngl btw imo idk yay woo woohoo "
        "yippee yass whoops oops oopsie phew ugh meh welp aww awww ooh oooh whoa jeez geez gosh "
        "anyhoo anyways yeah yep yup nope nah kk okey dokey okey-dokey alrighty whatnot thingy "
        "bonkers hoot grand_stuff hit_me_up hit_me_back shoot_me shoot_me_a_text "
        "shoot_me_an_email ping_me holler give_me_a_shout give_us_a_shout drop_me_a_text "
        "piece_of_cake walk_in_the_park no_biggie my_bad heads_up no_cap out_of_the_park "
        "crushed_it smashed_it killed_it nailed_it aced_it rocked_it you_rock legend "
        "absolute_legend you_are_a_star you_are_the_best straight_up big_time peace_out "
        "take_it_easy catch_ya catch_you_later see_ya later_gator have_a_good_one stay_awesome "
        "hop_on down_for count_me_in grab_lunch grab_a_coffee grab_a_beer grab_a_drink "
        "talk_shop did_my_head_in get_cracking all_good no_worries no_probs no_prob no_sweat "
        "sounds_good real_quick thanks_heaps heaps_of_thanks loads_of_thanks thanks_a_ton "
        "thanks_a_million thanks_a_bunch a_million_thanks massive_thanks big_thanks super_fun "
        "super_cool super_excited super_keen super_happy so_cool pretty_cool pretty_neat nifty "
        "wicked ta ta-ra toodle-oo toodles cheerio ciao hugs xx xxx x xo :) :-) :d :-d ;) ;-) "
        ":p :-p <3 ^_^ xd fingers_crossed stuff_and_things and_stuff or_whatever and_whatnot "
        "loved_the_vibe good_vibes the_bomb bussin vibe_check a_blast had_a_blast what_a_blast "
        "ha yesss yess sooo soooo tho thru cuz coz luv hun babe hey heyy hey_there hi_hi "
        "hi_there guys you_guys hang_out hanging_out catch_up_soon chuffed gutted knackered "
        "anyhow thx np freaking_out freaked_out peace byeee byee bye gotcha flip_side catch_you "
        "morning_all lovely_people",
    ),
    "CASUAL_SOFT": (
        "casual",
        "mad totally pretty_sure pretty super seriously literally stuff kind_of sort_of "
        "a_bit_of so_yeah anyway basically massive tons loads heaps cool wow oh oh_man oh_boy "
        "oh_well hmm haha ha sick insane crazy wild nuts fire on_fire sweet neat folks gang "
        "crew hang cracking cheeky heck lit epic rad props goat gravy swing_by game_changer "
        "nailed smashed aced",
    ),
}
