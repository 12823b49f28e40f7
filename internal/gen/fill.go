package gen

import (
	"strings"
	"time"
)

// vals are the values a text's placeholders are filled with.
type vals struct {
	name, product, order, date, code, track, carrier, shop, agent, domain string
}

// fill appends s to b with its {placeholders} replaced. Unknown names are
// kept as they are, so a typo in a template shows in the output.
func fill(b []byte, s string, v *vals) []byte {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return append(b, s...)
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return append(b, s...)
		}
		b = append(b, s[:i]...)
		key := s[i+1 : i+j]
		if val, ok := v.get(key); ok {
			b = append(b, val...)
		} else {
			b = append(b, s[i:i+j+1]...)
		}
		s = s[i+j+1:]
	}
}

func (v *vals) get(key string) (string, bool) {
	switch key {
	case "name":
		return v.name, true
	case "product":
		return v.product, true
	case "order":
		return v.order, true
	case "date":
		return v.date, true
	case "code":
		return v.code, true
	case "track":
		return v.track, true
	case "carrier":
		return v.carrier, true
	case "shop":
		return v.shop, true
	case "agent":
		return v.agent, true
	case "domain":
		return v.domain, true
	}
	return "", false
}

// british turns the English texts into British English for en-GB buyers.
var british = strings.NewReplacer(
	"color", "colour", "favor", "favour", "package", "parcel", "personalization", "personalisation",
	"(512) 555-0147, Mon-Fri 9-5", "020 7946 0958, Mon-Fri 9-5", "+1 512 555 0147", "+44 20 7946 0958",
	"$10", "£10", "apartment", "flat",
)

// carriers by marketplace country.
var carriers = map[string][]string{
	"US": {"UPS", "USPS", "FedEx"}, "DE": {"DHL", "Hermes", "DPD"}, "FR": {"Colissimo", "Chronopost"},
	"IT": {"BRT", "Poste Italiane"}, "ES": {"SEUR", "Correos"}, "NL": {"PostNL", "DHL"},
	"PL": {"InPost", "DPD"}, "SE": {"PostNord", "DHL"}, "TR": {"Yurtiçi Kargo", "Aras Kargo"},
	"GB": {"Royal Mail", "DPD", "Evri"}, "JP": {"ヤマト運輸", "佐川急便"},
}

var codes = []string{"AUTUMN15", "THANKYOU10", "WELCOME10", "VIP20", "NEU10", "HELLO15"}

// dateIn formats t with a language's layout; Go layouts only know English
// month names, which is what en's "January 2" wants.
func dateIn(p *pack, t time.Time) string { return t.Format(p.Date) }

// tracking is a carrier-style tracking number.
func tracking(r interface{ IntN(int) int }, carrier string) string {
	var b []byte
	switch carrier {
	case "UPS":
		b = append(b, "1Z"...)
	case "DHL":
		b = append(b, "00340434"...)
	}
	for range 12 {
		b = append(b, byte('0'+r.IntN(10)))
	}
	return string(b)
}
