package main

// enPack holds the English texts (US and UK buyers).
var enPack = langPack{
	OID: " (order %s)", SubjID: " - Order %s", Date: "%[1]s, %[3]s %[2]d",
	Days:    [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	Months:  [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	Sign:    enSign,
	T:       merge(enCritical, enService, enProhibited),
	Threads: enThreads,
	S:       enSnippets,
}

func merge(ms ...map[string][]tmpl) map[string][]tmpl {
	out := map[string][]tmpl{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}
