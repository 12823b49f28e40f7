package policy

import "testing"

// FuzzParse: the loader never panics, whatever the bytes; a policy it
// accepts can run its examples and match a message. The seeds are small
// policies (testdata/fuzz/FuzzParse): mutating the 40 KB default policy
// costs seconds per input under coverage instrumentation.
func FuzzParse(f *testing.F) {
	f.Add([]byte("name: x\nversion: 1\nrules: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.yaml", data)
		if err != nil {
			if p != nil {
				t.Fatal("policy returned with an error")
			}
			return
		}
		p.Check()
		p.Match(NewText("[Important] Re: order 114-3941689-8772232", "Please leave a review at shop.de or call +1 512-555-0147."))
		p.CheckTag("[Important] x")
	})
}
