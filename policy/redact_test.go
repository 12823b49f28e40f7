package policy

import "testing"

// TestRedact: the personal data of sellers' messages is masked, and the
// words around it, order IDs and tracking numbers are kept.
func TestRedact(t *testing.T) {
	tests := []struct {
		in    string
		names []string
		want  string
	}{
		{"Write to anna.mueller@example.de or call +49 170 1234567.", nil, "Write to [email] or call [phone]."},
		{"Call us at (415) 555-0199 about order 114-3941689-8772232.", nil, "Call us at [phone] about order 114-3941689-8772232."},
		{"Tracking number 9400 1118 9922 3344 5566 77", nil, "Tracking number 9400 1118 9922 3344 5566 77"},
		{"We ship to 742 Evergreen Terrace tomorrow.", nil, "We ship to [address] tomorrow."},
		{"Lieferung an Hauptstraße 12, 10115 Berlin ist unterwegs.", nil, "Lieferung an [address] ist unterwegs."},
		{"Adresse : 12 rue de la Paix", nil, "Adresse : [address]"},
		{"Enviamos a Calle Mayor 5 hoy.", nil, "Enviamos a [address] hoy."},
		{"Hi Anna,\nyour parcel has shipped. Thanks, Anna", nil, "Hi [name],\nyour parcel has shipped. Thanks, [name]"},
		{"Hallo Herr Müller, Ihr Paket ist unterwegs.", nil, "Hallo Herr [name], Ihr Paket ist unterwegs."},
		{"Bonjour Marie ! Votre colis est parti.", nil, "Bonjour [name] ! Votre colis est parti."},
		{"Dear Customer, your parcel has shipped.", nil, "Dear Customer, your parcel has shipped."},
		{"Hello there! We will ship today.", nil, "Hello there! We will ship today."},
		{"Thanks Jo Smith for the order. Jo, we will ship.", []string{"Jo Smith"}, "Thanks [name] for the order. [name], we will ship."},
		{"Will you send it? We will.", []string{"Will Turner"}, "[name] you send it? We will."},
		{"Annapolis is not Anna", []string{"Anna"}, "Annapolis is not [name]"},
		{"", nil, ""},
	}
	for _, tc := range tests {
		if got := Redact(tc.in, tc.names); got != tc.want {
			t.Errorf("Redact(%q, %q)\n got %q\nwant %q", tc.in, tc.names, got, tc.want)
		}
	}
}

// FuzzRedact: any text gives spans in order, inside the text, not
// overlapping, each the text it covers, with a known mask; and Redact
// never panics. Seeds: testdata/fuzz/FuzzRedact.
func FuzzRedact(f *testing.F) {
	f.Add("Hi Anna,\nwrite to anna@example.de or call +49 170 1234567; Hauptstraße 12, 10115 Berlin", "Anna Müller")
	f.Fuzz(func(t *testing.T, s, name string) {
		pii := FindPII(s, []string{name})
		at := 0
		for _, p := range pii {
			if p.Start < at || p.End <= p.Start || p.End > len(s) || s[p.Start:p.End] != p.Text {
				t.Fatalf("bad span %+v after %d in %q", p, at, s)
			}
			switch p.Mask {
			case MaskEmail, MaskPhone, MaskAddress, MaskName:
			default:
				t.Fatalf("mask %q", p.Mask)
			}
			at = p.End
		}
		Redact(s, []string{name})
	})
}
