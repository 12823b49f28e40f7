package policy

import (
	"slices"
	"testing"
)

// TestHasContactReason: asking a list about a reason as written is asking
// it about the reason normalised, and costs no allocation.
func TestHasContactReason(t *testing.T) {
	p := Default()
	reasons := []string{"Confirm delivery details", "Reply", "reply", " REPLY ", "Other", "", "Schedule delivery",
		"scheduleDelivery", "Report an unexpected problem", "Lieferung bestätigen", "Ünïcödé Réason",
		"a very long contact reason that does not fit the sixty-four bytes of the buffer at all", "\xff bad utf8"}
	lists := [][]string{p.Settings.CriticalContactReasons, p.Reply.ContactReasons,
		{"ünïcödé_réason", "a_very_long_contact_reason_that_does_not_fit_the_sixty_four_bytes_of_the_buffer_at_all"}}
	hits := 0
	for _, list := range lists {
		for _, r := range reasons {
			want := slices.Contains(list, NormalizeContactReason(r))
			if got := hasContactReason(list, r); got != want {
				t.Errorf("hasContactReason(%q, %q) = %v, want %v", list, r, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 4 {
		t.Errorf("only %d reasons found in the lists: the test proves little", hits)
	}
	if n := testing.AllocsPerRun(100, func() { p.IsReplyContactReason("Confirm delivery details") }); n != 0 {
		t.Errorf("IsReplyContactReason allocates %v times", n)
	}
}
