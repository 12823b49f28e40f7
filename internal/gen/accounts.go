package gen

import "fmt"

// market is one marketplace an account sells on and its buyers' language.
type market struct {
	Name, Lang, Currency, Country string
	Prefix                        string  // first group of its order IDs
	Share                         float64 // of the account's orders
}

// accountKind is a template for a seller account.
type accountKind struct {
	Name    string
	Markets []market
	Agents  []string
	Shop    string
	Domain  string
}

// kinds are the account templates; account i uses kinds[i%len(kinds)].
// The three defaults cover all 11 languages between them.
var kinds = []accountKind{
	{Name: "Northwind Home US", Shop: "Northwind Home", Domain: "northwindhome.com", Agents: []string{"Mia", "Jake", "Olivia"},
		Markets: []market{
			{"Amazon.com", "en-US", "USD", "US", "114", 0.85},
			{"Amazon.com", "es-US", "USD", "US", "113", 0.15},
		}},
	{Name: "Northwind Home EU", Shop: "Northwind Home", Domain: "northwindhome.eu", Agents: []string{"Lena", "Julien", "Sofia"},
		Markets: []market{
			{"Amazon.de", "de-DE", "EUR", "DE", "302", 0.30},
			{"Amazon.fr", "fr-FR", "EUR", "FR", "403", 0.15},
			{"Amazon.it", "it-IT", "EUR", "IT", "404", 0.12},
			{"Amazon.es", "es-ES", "EUR", "ES", "405", 0.10},
			{"Amazon.nl", "nl-NL", "EUR", "NL", "406", 0.08},
			{"Amazon.pl", "pl-PL", "PLN", "PL", "407", 0.07},
			{"Amazon.se", "sv-SE", "SEK", "SE", "408", 0.06},
			{"Amazon.com.tr", "tr-TR", "TRY", "TR", "171", 0.05},
			{"Amazon.co.uk", "en-GB", "GBP", "GB", "202", 0.07},
		}},
	{Name: "Sakura Tea Co", Shop: "Sakura Tea", Domain: "sakuratea.jp", Agents: []string{"Yuki", "Haruto", "Emily"},
		Markets: []market{
			{"Amazon.co.jp", "ja-JP", "JPY", "JP", "249", 0.55},
			{"Amazon.co.uk", "en-GB", "GBP", "GB", "203", 0.45},
		}},
}

// account is one seller account of a run.
type account struct {
	accountKind
	Label  string    // the account column's value
	Share  float64   // of all messages and orders
	Spike  int       // day index (from Start) of its blast day
	total  float64   // sum of market shares
	shares []float64 // market shares, for weighted
}

// newAccounts makes n accounts: bigger first, each with its own spike day.
func newAccounts(seed uint64, n, days int) []account {
	out := make([]account, n)
	sum := 0.0
	for i := range out {
		k := kinds[i%len(kinds)]
		label := k.Name
		if i >= len(kinds) {
			label = fmt.Sprintf("%s %d", k.Name, i/len(kinds)+1)
		}
		a := account{accountKind: k, Label: label, Share: 1 / (float64(i) + 1.2)}
		a.Spike = keyed(seed, 0xacc, uint64(i)).IntN(days)
		for _, m := range k.Markets {
			a.total += m.Share
			a.shares = append(a.shares, m.Share)
		}
		sum += a.Share
		out[i] = a
	}
	for i := range out {
		out[i].Share /= sum
	}
	return out
}
