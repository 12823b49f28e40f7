package gen

import "math/rand/v2"

// mix is splitmix64's finalizer: a cheap, well-spread hash of a key, used
// to give every order and account its own reproducible random stream.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// keyed is a random source for one entity (an order, an account), so that
// looking an entity up twice gives the same values in any order of calls.
func keyed(seed uint64, parts ...uint64) *rand.Rand {
	h := mix(seed)
	for _, p := range parts {
		h = mix(h ^ p)
	}
	return rand.New(rand.NewPCG(h, mix(h)))
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// chance is true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// weighted picks an index by weight.
func weighted(r *rand.Rand, w []float64, total float64) int {
	x := r.Float64() * total
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}
