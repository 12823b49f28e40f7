package audit

import "testing"

// Benchmarks of the language stages one at a time, on the generated
// log's messages: the scan (words, scripts, function words) of every
// message, and the trigram detector on the texts that reach it (Latin
// script, not confirmed by their function words).

func BenchmarkLangScan(b *testing.B) {
	rows := readGenLog(b, genLogPath)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := &rows[i%len(rows)].rec
		l := langScans.Get().(*langScan)
		l.reset(true)
		l.add(r.Subject)
		l.add(r.Body)
		langScans.Put(l)
	}
}

func BenchmarkDetectLatin(b *testing.B) {
	var texts []string
	for _, row := range readGenLog(b, genLogPath) {
		r := &row.rec
		var l langScan
		wantIdx := stopwordIndex(NormalizeLanguage(r.BuyerLanguage))
		l.reset(true)
		l.add(r.Subject)
		l.add(r.Body)
		if l.sc.letters >= minLetters && !l.sc.other && l.sc.latin > 0 && !l.words.confirms(wantIdx) {
			texts = append(texts, l.text())
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		detectLatin(texts[i%len(texts)])
	}
}
