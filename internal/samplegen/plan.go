package main

import "time"

// purposeInfo is what a message purpose means: the class and reason
// POLICY.md should give it, the contact reason the seller picks, and when
// after purchase such a message is sent.
type purposeInfo struct {
	Class, Reason, Contact string
	MinAge, MaxAge         time.Duration
}

const (
	hour = time.Hour
	day  = 24 * time.Hour
)

var purposes = map[string]purposeInfo{
	"customization":       {"critical", "customization", "customization", 2 * hour, 3 * day},
	"delivery_scheduling": {"critical", "delivery_scheduling", "delivery_scheduling", 1 * day, 6 * day},
	"address_issue":       {"critical", "address_issue", "address_issue", 1 * hour, 2 * day},
	"fulfillment_blocker": {"critical", "fulfillment_blocker", "fulfillment_problem", 1 * day, 5 * day},
	"proactive_service":   {"non-critical", "proactive_service", "proactive_service", 2 * day, 14 * day},
	"invoice":             {"non-critical", "invoice", "invoice", 6 * hour, 12 * day},
	"warranty":            {"non-critical", "warranty", "warranty", 4 * day, 25 * day},
	"legal_disclosure":    {"non-critical", "legal_disclosure", "legal_disclosure", 6 * hour, 5 * day},
	"out_of_stock":        {"non-critical", "out_of_stock", "other", 2 * hour, 3 * day},
	"other_permitted":     {"non-critical", "other_permitted", "other", 10 * day, 28 * day},
	"reply":               {"non-critical", "reply", "reply", 1 * day, 20 * day},
	"review_request":      {"prohibited", "review_request", "other", 5 * day, 25 * day},
	"review_disguised":    {"prohibited", "review_request", "proactive_service", 5 * day, 25 * day},
	"review_incentive":    {"prohibited", "review_request", "other", 5 * day, 25 * day},
	"marketing":           {"prohibited", "marketing", "other", 3 * day, 30 * day},
	"shipment_notice":     {"prohibited", "shipment_notice", "other", 3 * hour, 2 * day},
	"blast":               {"prohibited", "review_request", "other", 4 * day, 60 * day},
}

// job asks for N messages of a purpose with a variant ("" is a plain,
// correct message of its purpose; variants are described in variantNotes).
type job struct {
	Purpose, Variant string
	N                int
}

// plan is the month's normal traffic (the blast and the bad rows come on top).
var plan = []job{
	{"customization", "", 22}, {"customization", "tag_end", 8}, {"customization", "tag_upper", 2},
	{"customization", "wichtig", 3}, {"customization", "no_tag", 3}, {"customization", "bare_tag", 2},
	{"customization", "mid_tag", 1}, {"customization", "no_id", 2}, {"customization", "id_mismatch", 1},
	{"customization", "en_to_de", 1}, {"customization", "attach", 2}, {"customization", "opted_out", 2},

	{"delivery_scheduling", "", 20}, {"delivery_scheduling", "tag_end", 6}, {"delivery_scheduling", "no_tag", 2},
	{"delivery_scheduling", "paren_tag", 1}, {"delivery_scheduling", "no_id", 2}, {"delivery_scheduling", "id_mismatch", 1},
	{"delivery_scheduling", "wichtig", 2}, {"delivery_scheduling", "en_to_de", 1}, {"delivery_scheduling", "phone", 2},
	{"delivery_scheduling", "opted_out", 1}, {"delivery_scheduling", "reason_other", 2},

	{"address_issue", "", 18}, {"address_issue", "tag_end", 5}, {"address_issue", "no_tag", 2},
	{"address_issue", "bare_tag", 1}, {"address_issue", "mid_tag", 1}, {"address_issue", "no_id", 1},
	{"address_issue", "wichtig", 2}, {"address_issue", "en_to_de", 1}, {"address_issue", "reason_other", 1},
	{"address_issue", "opted_out", 1},

	{"fulfillment_blocker", "", 10}, {"fulfillment_blocker", "tag_end", 3}, {"fulfillment_blocker", "no_tag", 1},
	{"fulfillment_blocker", "no_id", 1}, {"fulfillment_blocker", "id_mismatch", 1}, {"fulfillment_blocker", "wichtig", 1},
	{"fulfillment_blocker", "en_to_de", 1},

	{"proactive_service", "", 55}, {"proactive_service", "late", 8}, {"proactive_service", "link_https", 2},
	{"proactive_service", "link_www", 2}, {"proactive_service", "link_bare", 1}, {"proactive_service", "link_dot", 1},
	{"proactive_service", "attach", 3}, {"proactive_service", "email", 1}, {"proactive_service", "opted_out", 5},
	{"proactive_service", "en_to_fr", 2}, {"proactive_service", "notsent", 3}, {"proactive_service", "reason_critical", 2},

	{"invoice", "", 45}, {"invoice", "opted_out", 2}, {"invoice", "email", 1},
	{"warranty", "", 14}, {"warranty", "phone", 1}, {"warranty", "link_www", 1},
	{"legal_disclosure", "", 10},
	{"out_of_stock", "", 8}, {"out_of_stock", "tag_misuse", 2}, {"out_of_stock", "reason_critical", 2},
	{"other_permitted", "", 10},

	{"reply", "", 190}, {"reply", "late_reply", 6}, {"reply", "unanswered", 2}, {"reply", "link_www", 2},
	{"reply", "phone", 2}, {"reply", "email", 2}, {"reply", "promo", 3}, {"reply", "review_ask", 3},
	{"reply", "opted_out", 5},

	{"review_request", "", 40}, {"review_request", "reason_critical", 3}, {"review_request", "opted_out", 4},
	{"review_request", "optout", 2}, {"review_request", "link_www", 1}, {"review_request", "en_to_es", 1},
	{"review_disguised", "", 16},
	{"review_incentive", "", 5},
	{"marketing", "", 22}, {"marketing", "link_https", 2}, {"marketing", "link_dot", 2}, {"marketing", "link_bare", 1},
	{"marketing", "optout", 2}, {"marketing", "email_obf", 1}, {"marketing", "phone_obf", 1}, {"marketing", "opted_out", 2},
	{"shipment_notice", "", 28}, {"shipment_notice", "reason_critical", 3}, {"shipment_notice", "tag_misuse", 2},
	{"shipment_notice", "opted_out", 2},
}

// variantNotes say what each variant does, for the README.
var variantNotes = map[string]string{
	"tag_end":         "`[Important]` at the end of the subject (correct)",
	"tag_upper":       "`[IMPORTANT]` in capitals at the start (correct)",
	"wichtig":         "German text to a de-DE buyer with `[Wichtig]` (correct)",
	"no_tag":          "no tag at all (missing_important_tag)",
	"bare_tag":        "`IMPORTANT:` without brackets (missing_important_tag)",
	"paren_tag":       "`(Important)` (missing_important_tag)",
	"mid_tag":         "`[Important]` in the middle of the subject (missing_important_tag)",
	"no_id":           "no order ID in subject or body (missing_order_id)",
	"id_mismatch":     "the text names another order's ID (order_id_mismatch)",
	"en_to_de":        "English text to a de-DE buyer (wrong_language, error)",
	"en_to_fr":        "English text to a fr-FR buyer (wrong_language, warning)",
	"en_to_es":        "English text to a Spanish-speaking buyer (wrong_language, warning)",
	"opted_out":       "buyer opted out (non-critical and prohibited ones are Blocked; replies and critical ones are delivered)",
	"late":            "sent 31-50 days after purchase (late_proactive)",
	"link_https":      "an https URL (external_link)",
	"link_www":        "a www. link (external_link)",
	"link_bare":       "a bare domain (external_link)",
	"link_dot":        "a spelled-out domain, `... dot com` (external_link)",
	"email":           "an email address (contact_info)",
	"email_obf":       "an obfuscated email address (contact_info)",
	"phone":           "a phone number (contact_info)",
	"phone_obf":       "an obfuscated phone number (contact_info)",
	"optout":          "unsubscribe instructions (opt_out_language)",
	"attach":          "mentions an attachment (attachment_reference)",
	"notsent":         "mentions an attachment; Status `Not sent`",
	"reason_other":    "critical content sent with contact reason `other` (reason_mismatch)",
	"reason_critical": "non-critical or prohibited content sent with a critical contact reason (reason_mismatch)",
	"tag_misuse":      "`[Important]` on a message that is not critical (important_tag_misuse)",
	"late_reply":      "answered 25-52 hours after the question",
	"unanswered":      "buyer question never answered",
	"promo":           "reply with a coupon P.S. (marketing: prohibited)",
	"review_ask":      "reply that ends with a review request (review_request: prohibited)",
}
