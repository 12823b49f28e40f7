package audit

import "strings"

// marketplaceCodes maps the forms a marketplace takes in exports (domain,
// country, Amazon's marketplace ID) to one short code, so that a log saying
// "Amazon.de" and an orders report saying "DE" or "A1PA6795UKMFR9" agree.
var marketplaceCodes = map[string]string{
	"com": "US", "us": "US", "atvpdkikx0der": "US",
	"ca": "CA", "a2euq1wtgctbg2": "CA",
	"com.mx": "MX", "mx": "MX", "a1am78c64um0y8": "MX",
	"com.br": "BR", "br": "BR", "a2q3y263d00kwc": "BR",
	"co.uk": "UK", "uk": "UK", "gb": "UK", "a1f83g8c2aro7p": "UK",
	"de": "DE", "a1pa6795ukmfr9": "DE",
	"fr": "FR", "a13v1ib3viyzzh": "FR",
	"it": "IT", "apj6jra9ng5v4": "IT",
	"es": "ES", "a1rkkupihcs9hs": "ES",
	"nl": "NL", "a1805izsgtt6hs": "NL",
	"pl": "PL", "a1c3sozrartfyh": "PL",
	"se": "SE", "a2nodrkzp88zb9": "SE",
	"com.tr": "TR", "tr": "TR", "a33avaj2pdy3ev": "TR",
	"com.be": "BE", "be": "BE", "amen7pmsw9yc8": "BE",
	"co.jp": "JP", "jp": "JP", "a1vc38t7yxb528": "JP",
	"com.au": "AU", "au": "AU", "a39ibj37trp1c6": "AU",
	"sg": "SG", "a19vau5u5o7rus": "SG",
	"ae": "AE", "a2vigq35rcs4ug": "AE",
	"sa": "SA", "a17e79c6d8dwnp": "SA",
	"in": "IN", "a21tjruuun4kgv": "IN",
	"eg": "EG", "arbp9ooshtchj": "EG",
}

// marketplaceCode normalises a marketplace value; unknown values are kept,
// upper-cased, so two spellings of an unknown marketplace still differ
// only by case.
func marketplaceCode(s string) string {
	k := strings.ToLower(strings.TrimSpace(s))
	if k == "" {
		return ""
	}
	k = strings.TrimPrefix(k, "https://")
	k = strings.TrimPrefix(k, "www.")
	k = strings.TrimPrefix(k, "amazon.")
	k = strings.TrimSuffix(k, "/")
	if c, ok := marketplaceCodes[k]; ok {
		return c
	}
	return strings.ToUpper(k)
}
