package readers

import (
	"encoding/xml"
	"io"
	"math/rand"
	"strings"
	"testing"
)

// tokenWellFormed is the check as excelize's iterator meets errors: every
// token through Decoder.Token. wellFormed must fail exactly when it does.
func tokenWellFormed(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		if _, err := d.Token(); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

func TestWellFormedMatchesToken(t *testing.T) {
	pieces := []string{"<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", "&amp;", "&", "<", ">", "<?xml version='1.0'?>",
		"<!-- c -->", "<![CDATA[x]]>", "<x:y>", "</x:y>", "</y>", "<!DOCTYPE a [<!ENTITY e 'x'>]>", "&e;", "\xff", " "}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := r.Intn(8); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		want, got := tokenWellFormed(strings.NewReader(s)), wellFormed(strings.NewReader(s))
		if (want == nil) != (got == nil) {
			t.Errorf("%q: wellFormed %v, Decoder.Token %v", s, got, want)
		}
	}
}
