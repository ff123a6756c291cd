// Times blst's field, curve, pairing and MSM functions on inputs of the same sizes as `bench` uses, and prints one
// line per operation: its name (the same as the row of `bench`), a tab, nanoseconds per operation. The timing is the
// one of Benchmarks/bench/Measure.swift: the median over seven rounds of the thread's CPU time, after a warm-up.
// Built and run by Benchmarks/blst/blst-peer.sh against the blst that ships inside ckzg's source distribution.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "blst.h"

static uint64_t state = 381;  // SplitMix64, as SeededRandom

static uint64_t next64(void) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t thread_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

// The median of seven rounds of `body` (which performs `operations`), after one warm-up round.
#define MEASURE(name, operations, body)                                                  \
    do {                                                                                 \
        double samples[7];                                                               \
        { body; }                                                                        \
        for (int round = 0; round < 7; round++) {                                        \
            uint64_t start = thread_ns();                                                \
            { body; }                                                                    \
            samples[round] = (double)(thread_ns() - start) / (double)(operations);       \
        }                                                                                \
        qsort(samples, 7, sizeof(double), compare);                                      \
        printf("%s\t%.1f\n", name, samples[3]);                                          \
        fflush(stdout);                                                                  \
    } while (0)

static volatile uint64_t sink;

static void random_fp(blst_fp *out) {
    uint64_t limbs[6];
    for (int i = 0; i < 6; i++) limbs[i] = next64();
    limbs[5] &= 0x0fffffffffffffffULL;  // below p
    blst_fp_from_uint64(out, limbs);
}

static void random_fr(blst_fr *out) {
    uint64_t limbs[4];
    for (int i = 0; i < 4; i++) limbs[i] = next64();
    limbs[3] &= 0x3fffffffffffffffULL;  // below r
    blst_fr_from_uint64(out, limbs);
}

static void random_scalar(blst_scalar *out) {
    blst_fr fr;
    random_fr(&fr);
    blst_scalar_from_fr(out, &fr);
}

static void random_p1(blst_p1 *out) {
    blst_scalar k;
    random_scalar(&k);
    blst_p1_mult(out, blst_p1_generator(), k.b, 255);
}

static void random_p2(blst_p2 *out) {
    blst_scalar k;
    random_scalar(&k);
    blst_p2_mult(out, blst_p2_generator(), k.b, 255);
}

static void fields(void) {
    blst_fp x0, y, x;
    random_fp(&x0);
    random_fp(&y);
    const int n = 1000000, inversions = 2000;
    MEASURE("Fp mul", n, { x = x0; for (int i = 0; i < n; i++) blst_fp_mul(&x, &x, &y); sink = x.l[0]; });
    MEASURE("Fp square", n, { x = x0; for (int i = 0; i < n; i++) blst_fp_sqr(&x, &x); sink = x.l[0]; });
    MEASURE("Fp inverse", inversions, {
        x = x0;
        for (int i = 0; i < inversions; i++) { blst_fp_inverse(&x, &x); blst_fp_add(&x, &x, &y); }
        sink = x.l[0];
    });
    blst_fr r0, s, r;
    random_fr(&r0);
    random_fr(&s);
    MEASURE("Fr mul", n, { r = r0; for (int i = 0; i < n; i++) blst_fr_mul(&r, &r, &s); sink = r.l[0]; });
    MEASURE("Fr square", n, { r = r0; for (int i = 0; i < n; i++) blst_fr_sqr(&r, &r); sink = r.l[0]; });
    MEASURE("Fr inverse", inversions, {
        r = r0;
        for (int i = 0; i < inversions; i++) { blst_fr_inverse(&r, &r); blst_fr_add(&r, &r, &s); }
        sink = r.l[0];
    });
}

static void curves(void) {
    const int groupOperations = 20000;
    blst_p1 p, q, x;
    blst_p1_affine qAffine;
    random_p1(&p);
    random_p1(&q);
    blst_p1_to_affine(&qAffine, &q);
    MEASURE("G1 add", groupOperations, {
        x = p; for (int i = 0; i < groupOperations; i++) blst_p1_add_or_double(&x, &x, &q); sink = x.x.l[0];
    });
    MEASURE("G1 mixed add", groupOperations, {
        x = p; for (int i = 0; i < groupOperations; i++) blst_p1_add_or_double_affine(&x, &x, &qAffine);
        sink = x.x.l[0];
    });
    MEASURE("G1 double", groupOperations, {
        x = p; for (int i = 0; i < groupOperations; i++) blst_p1_double(&x, &x); sink = x.x.l[0];
    });
    blst_scalar scalars[100];
    for (int i = 0; i < 100; i++) random_scalar(&scalars[i]);
    MEASURE("G1 scalar mul (Fr, GLV)", 100, {
        for (int i = 0; i < 100; i++) { blst_p1_mult(&x, &p, scalars[i].b, 255); sink = x.x.l[0]; }
    });
    unsigned char g1Encodings[100][48];
    for (int i = 0; i < 100; i++) { random_p1(&x); blst_p1_compress(g1Encodings[i], &x); }
    MEASURE("G1 decompress (with subgroup check)", 100, {
        for (int i = 0; i < 100; i++) {
            blst_p1_affine a;
            sink = blst_p1_uncompress(&a, g1Encodings[i]) + blst_p1_affine_in_g1(&a);
        }
    });
    MEASURE("G1 subgroup check", 100, { for (int i = 0; i < 100; i++) sink = blst_p1_in_g1(&p); });

    blst_p2 r, s, y;
    random_p2(&r);
    random_p2(&s);
    MEASURE("G2 add", groupOperations / 4, {
        y = r; for (int i = 0; i < groupOperations / 4; i++) blst_p2_add_or_double(&y, &y, &s); sink = y.x.fp[0].l[0];
    });
    MEASURE("G2 double", groupOperations / 4, {
        y = r; for (int i = 0; i < groupOperations / 4; i++) blst_p2_double(&y, &y); sink = y.x.fp[0].l[0];
    });
    MEASURE("G2 scalar mul (Fr, GLS)", 50, {
        for (int i = 0; i < 50; i++) { blst_p2_mult(&y, &r, scalars[i].b, 255); sink = y.x.fp[0].l[0]; }
    });
    unsigned char g2Encodings[50][96];
    for (int i = 0; i < 50; i++) { random_p2(&y); blst_p2_compress(g2Encodings[i], &y); }
    MEASURE("G2 decompress (with subgroup check)", 50, {
        for (int i = 0; i < 50; i++) {
            blst_p2_affine a;
            sink = blst_p2_uncompress(&a, g2Encodings[i]) + blst_p2_affine_in_g2(&a);
        }
    });

    blst_p1_affine pa;
    blst_p2_affine qa;
    random_p1(&x);
    blst_p1_to_affine(&pa, &x);
    random_p2(&y);
    blst_p2_to_affine(&qa, &y);
    const int pairings = 50;
    blst_fp12 f, loopValue;
    MEASURE("Miller loop", pairings, {
        for (int i = 0; i < pairings; i++) { blst_miller_loop(&f, &qa, &pa); sink = f.fp6[0].fp2[0].fp[0].l[0]; }
    });
    blst_miller_loop(&loopValue, &qa, &pa);
    MEASURE("final exponentiation", pairings, {
        for (int i = 0; i < pairings; i++) { blst_final_exp(&f, &loopValue); sink = f.fp6[0].fp2[0].fp[0].l[0]; }
    });
    MEASURE("pairing", pairings, {
        for (int i = 0; i < pairings; i++) {
            blst_miller_loop(&f, &qa, &pa);
            blst_final_exp(&f, &f);
            sink = f.fp6[0].fp2[0].fp[0].l[0];
        }
    });
}

static void msm(void) {
    enum { count = 4096 };
    blst_p1 *points = malloc(count * sizeof(blst_p1));
    blst_p1_affine *affine = malloc(count * sizeof(blst_p1_affine));
    blst_scalar *scalars = malloc(count * sizeof(blst_scalar));
    // Multiples of one random point, cheaper to make than 4096 scalar multiplications.
    random_p1(&points[0]);
    blst_p1 step;
    random_p1(&step);
    for (int i = 1; i < count; i++) blst_p1_add_or_double(&points[i], &points[i - 1], &step);
    // An array of one pointer followed by NULL: blst reads the points as one contiguous array.
    const blst_p1 *pointers[2] = {points, NULL};
    blst_p1s_to_affine(affine, pointers, count);
    for (int i = 0; i < count; i++) random_scalar(&scalars[i]);
    const blst_p1_affine *affinePointers[2] = {affine, NULL};
    const unsigned char *scalarPointers[2] = {scalars[0].b, NULL};
    limb_t *scratch = malloc(blst_p1s_mult_pippenger_scratch_sizeof(count));
    blst_p1 result;
    MEASURE("G1 MSM, 4096 points", 1, {
        blst_p1s_mult_pippenger(&result, affinePointers, count, scalarPointers, 255, scratch);
        sink = result.x.l[0];
    });
    free(scratch);
    free(scalars);
    free(affine);
    free(points);
}

int main(int argc, char **argv) {
    int all = argc < 2 || strcmp(argv[1], "all") == 0;
    if (all || strcmp(argv[1], "fields") == 0) fields();
    if (all || strcmp(argv[1], "curves") == 0) curves();
    if (all || strcmp(argv[1], "kzg") == 0) msm();
    return 0;
}
