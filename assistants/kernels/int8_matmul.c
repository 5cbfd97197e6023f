/* Atelier's int8 matrix product for CPUs with AVX-512 VNNI (assistants/kernels/__init__.py).
 *
 * y = x @ W.T + b for float32 activations x (M x K) and int8 weights W (N x K, one scale per
 * row), the same arithmetic as torch's dynamic int8 Linear (fbgemm): x is quantized per call
 * to unsigned 8 bits with the scale and zero point fbgemm chooses, the products are summed in
 * int32 exactly, then y = (sum - zero_point * rowsum) * x_scale * w_scale + b.
 *
 * Why: a decode step reads every weight once (M = 1), so its speed is memory bandwidth.
 * fbgemm reached 20-25 GB/s on a step's products on the 2-core bench machine; this loop, with
 * the weights laid out in the order it reads them, 30-33 GB/s (README, "Speed").
 *
 * Layout: W is packed as [N16 / 16][K4][16][4] (N16: N rounded up to 16, K4: K / 4 rounded
 * up; padding is zero): one 64-byte load holds 4 consecutive inputs of 16 output rows, which
 * is what one VPDPBUSD multiplies with 4 quantized inputs broadcast. Each tile of up to 64
 * rows is read from memory once and kept in cache for the M rows of x.
 */
#include <immintrin.h>
#include <omp.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ABI_VERSION 7

int atelier_int8_abi_version(void) { return ABI_VERSION; }

static inline void tile(const int8_t *w, int nblocks, const uint8_t *xq, int K4, int mr,
                        const int32_t *rowsum, const float *ws, const float *bias, int zp,
                        float xs, float *y, int ldy, int n0, int N, int accumulate) {
  __m512i acc[4][4];
  for (int j = 0; j < 4; j++)
    for (int i = 0; i < 4; i++) acc[j][i] = _mm512_setzero_si512();
  const int32_t *x32 = (const int32_t *)xq;
  const size_t block = (size_t)K4 * 64;
  for (int k = 0; k < K4; k++) {
    __m512i wv[4];
    for (int i = 0; i < nblocks; i++) wv[i] = _mm512_loadu_si512(w + i * block + (size_t)k * 64);
    for (int j = 0; j < mr; j++) {
      __m512i xv = _mm512_set1_epi32(x32[(size_t)j * K4 + k]);
      for (int i = 0; i < nblocks; i++) acc[j][i] = _mm512_dpbusd_epi32(acc[j][i], xv, wv[i]);
    }
  }
  const __m512i zpv = _mm512_set1_epi32(zp);
  for (int i = 0; i < nblocks; i++) {
    const int n = n0 + i * 16;
    const __m512i corr = _mm512_mullo_epi32(zpv, _mm512_loadu_si512(rowsum + n));
    const __m512 scale = _mm512_mul_ps(_mm512_set1_ps(xs), _mm512_loadu_ps(ws + n));
    const __m512 b = bias ? _mm512_loadu_ps(bias + n) : _mm512_setzero_ps();
    const int left = N - n;
    const __mmask16 mask = left >= 16 ? 0xFFFF : (__mmask16)((1u << left) - 1);
    for (int j = 0; j < mr; j++) {
      __m512 r = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(acc[j][i], corr)), scale);
      r = _mm512_add_ps(r, b);
      float *out = y + (size_t)j * ldy + n;
      if (accumulate) r = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, out), r);
      _mm512_mask_storeu_ps(out, mask, r);
    }
  }
}

/* exp of 16 floats (x <= 88): 2^n * e^r with |r| <= ln2/2, e^r by its Taylor series to
 * r^7 (relative error ~1e-8, below float32's own rounding); -inf gives exactly 0. */
static inline __m512 exp_ps(__m512 x) {
  const __mmask16 zero = _mm512_cmp_ps_mask(x, _mm512_set1_ps(-87.0f), _CMP_LT_OQ);
  x = _mm512_max_ps(x, _mm512_set1_ps(-87.0f));
  const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                        _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
  r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
  __m512 p = _mm512_set1_ps(1.f / 5040);
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f / 720));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f / 120));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f / 24));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f / 6));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(0.5f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.f));
  return _mm512_maskz_mov_ps(~zero, _mm512_scalef_ps(p, n));
}

/* The rows the product multiplies: x itself, or (in `*owned`, to free) its rows RMS-normalized
 * with `norm` (x * norm / sqrt(mean(x^2) + eps)), or with `glu` the gated activation of rows of
 * width 2K, silu(x[:K]) * x[K:] (a Llama-family MLP's gate and up products side by side).
 * NULL when out of memory. */
static const float *prepare(const float *x, int M, int K, const float *norm, float eps, int glu,
                            float **owned) {
  *owned = NULL;
  if (!norm && !glu) return x;
  float *rows = malloc((size_t)M * K * sizeof(float) + 1);
  if (!rows) return NULL;
  for (int m = 0; m < M; m++) {
    float *out = rows + (size_t)m * K;
    if (glu) {
      const float *gate = x + (size_t)m * 2 * K, *up = gate + K;
      for (int k = 0; k < K; k += 16) {
        const __mmask16 mask = K - k >= 16 ? 0xFFFF : (__mmask16)((1u << (K - k)) - 1);
        const __m512 g = _mm512_maskz_loadu_ps(mask, gate + k);
        const __m512 e = exp_ps(_mm512_sub_ps(_mm512_setzero_ps(), g));
        const __m512 silu = _mm512_div_ps(g, _mm512_add_ps(_mm512_set1_ps(1.f), e));
        _mm512_mask_storeu_ps(out + k, mask, _mm512_mul_ps(silu, _mm512_maskz_loadu_ps(mask, up + k)));
      }
    } else {
      const float *xr = x + (size_t)m * K;
      double squares = 0.0;
      for (int k = 0; k < K; k++) squares += (double)xr[k] * xr[k];
      const float rstd = 1.f / sqrtf((float)(squares / K) + eps);
      for (int k = 0; k < K; k++) out[k] = xr[k] * rstd * norm[k];
    }
  }
  *owned = rows;
  return rows;
}

/* fbgemm's choice of activation scale and zero point (torch's ChooseQuantizationParams,
 * without sparsity preservation): the range always includes 0. */
static void choose_qparams(float mn, float mx, int qmax, float *scale, int *zero_point) {
  mn = mn < 0.f ? mn : 0.f;
  mx = mx > 0.f ? mx : 0.f;
  double s = ((double)mx - mn) / qmax;
  if ((float)s == 0.f || isinf(1.f / (float)s)) s = 0.1;
  const float fs = (float)s;
  const double from_min = 0.0 - mn / (double)fs, from_max = qmax - mx / (double)fs;
  const double err_min = 0.0 - fabs(mn / (double)fs), err_max = qmax - fabs(mx / (double)fs);
  const double z = err_min < err_max ? from_min : from_max;
  *scale = fs;
  *zero_point = z < 0 ? 0 : z > qmax ? qmax : (int)nearbyint(z);
}

/* y = x @ W.T + b, or y += x @ W.T + b with `accumulate` (a residual added in place).
 * With `norm` or `glu`, of the rows `prepare` makes (a Llama-family RMSNorm, or the gated
 * activation of rows of width 2K). qmax: 255 for 8-bit activations, 127 for torch's
 * reduce_range (7 bits). Returns 0, or -1 when the working memory could not be allocated. */
int atelier_int8_matmul(const int8_t *W, const float *x, const int32_t *rowsum, const float *ws,
                        const float *bias, float *y, int M, int N, int K, int qmax,
                        int nthreads, const float *norm, float eps, int glu, int accumulate) {
  const int K4 = (K + 3) / 4;
  const size_t bytes = ((size_t)M * K4 * 4 + 63) / 64 * 64;
  uint8_t *xq = aligned_alloc(64, bytes);
  if (!xq) return -1;
  float *normed;
  x = prepare(x, M, K, norm, eps, glu, &normed);
  if (!x) {
    free(xq);
    return -1;
  }
  float mn = 0.f, mx = 0.f;
  const size_t total = (size_t)M * K;
  for (size_t i = 0; i < total; i++) {
    mn = x[i] < mn ? x[i] : mn;
    mx = x[i] > mx ? x[i] : mx;
  }
  float xs;
  int zp;
  choose_qparams(mn, mx, qmax, &xs, &zp);
  const float inv = 1.f / xs;
  for (int m = 0; m < M; m++) {
    uint8_t *row = xq + (size_t)m * K4 * 4;
    const float *xr = x + (size_t)m * K;
    for (int k = 0; k < K; k++) {
      const int v = (int)nearbyintf(xr[k] * inv) + zp;
      row[k] = v < 0 ? 0 : v > qmax ? qmax : v;
    }
    for (int k = K; k < K4 * 4; k++) row[k] = 0;
  }
  free(normed);
  const int nb = (N + 15) / 16, tiles = (nb + 3) / 4;
#pragma omp parallel for num_threads(nthreads) schedule(static) if (nthreads > 1)
  for (int t = 0; t < tiles; t++) {
    const int b0 = t * 4, nblocks = nb - b0 < 4 ? nb - b0 : 4;
    const int8_t *w = W + (size_t)b0 * K4 * 64;
    for (int m = 0; m < M; m += 4) {
      const int mr = M - m < 4 ? M - m : 4;
      const uint8_t *xm = xq + (size_t)m * K4 * 4;
      float *ym = y + (size_t)m * N;
      /* the two common shapes get their own unrolled copy */
      if (mr == 4 && nblocks == 4)
        tile(w, 4, xm, K4, 4, rowsum, ws, bias, zp, xs, ym, N, b0 * 16, N, accumulate);
      else if (mr == 1 && nblocks == 4)
        tile(w, 4, xm, K4, 1, rowsum, ws, bias, zp, xs, ym, N, b0 * 16, N, accumulate);
      else
        tile(w, nblocks, xm, K4, mr, rowsum, ws, bias, zp, xs, ym, N, b0 * 16, N, accumulate);
    }
  }
  free(xq);
  return 0;
}

/* Index of the largest of x[0..n) (the first one on ties; a NaN counts as largest), as
 * torch.argmax: a greedy step's choice among 150k logits, ten times faster than torch's. */
int atelier_argmax(const float *x, int n) {
  int i = 0;
  __m512 best = _mm512_set1_ps(-INFINITY);
  __m512i best_at = _mm512_set1_epi32(0), at = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                                                                   10, 11, 12, 13, 14, 15);
  const __m512i step = _mm512_set1_epi32(16);
  for (; i + 16 <= n; i += 16) {
    const __m512 v = _mm512_loadu_ps(x + i);
    if (_mm512_cmp_ps_mask(v, v, _CMP_UNORD_Q)) break; /* a NaN: the scalar loop finds it */
    const __mmask16 larger = _mm512_cmp_ps_mask(v, best, _CMP_GT_OQ);
    best = _mm512_mask_mov_ps(best, larger, v);
    best_at = _mm512_mask_mov_epi32(best_at, larger, at);
    at = _mm512_add_epi32(at, step);
  }
  float lanes[16];
  int lane_at[16];
  _mm512_storeu_ps(lanes, best);
  _mm512_storeu_si512(lane_at, best_at);
  float top = -INFINITY;
  int top_at = 0;
  for (int j = 0; j < 16; j++)
    if (lanes[j] > top || (lanes[j] == top && lane_at[j] < top_at)) {
      top = lanes[j];
      top_at = lane_at[j];
    }
  if (i == 0 && n > 0) top = x[0], top_at = 0;
  for (; i < n; i++) {
    if (isnan(x[i])) return i;
    if (x[i] > top) top = x[i], top_at = i;
  }
  return top_at;
}

/* atelier_argmax of each of `rows` contiguous rows of n values, into out (a batch's next
 * tokens: torch's argmax over the last dimension took 1 ms for 32 rows of 59k scores). */
void atelier_argmax_rows(const float *x, int rows, int n, int64_t *out) {
  for (int r = 0; r < rows; r++) out[r] = atelier_argmax(x + (size_t)r * n, n);
}

/* Attention of one query position per row and head, in float32: for row b and head h,
 * out[b][h * hd ..] = softmax(scale * q . k_t, t < T, allowed by mask[b][t]) . v_t.
 * q: row stride q_row, head stride hd. k and v: [B][Hk][cap][hd] (the first T of cap
 * positions used; Hk key/value heads, each serving H / Hk query heads in turn: grouped-query
 * attention). mask: [B][T] bytes, nonzero where allowed, or NULL. out: [B][H * hd], contiguous: the
 * heads side by side, as the output projection reads them. hd: a multiple of 16. Each
 * (row, head) is independent: torch's batched products paid a fixed cost per small matrix (a
 * decoder step of a 32-row batch made 256 of them per call). Returns 0, -1 without memory. */
int atelier_attend_one(const float *q, long q_row, const float *k, const float *v, int B,
                       int H, int Hk, int T, int cap, int hd, const uint8_t *mask, float scale,
                       float *out, int nthreads) {
  if (hd % 16 != 0 || hd > 512 || Hk < 1 || H % Hk) return -2;
  const int group = H / Hk;
  if (nthreads < 1 || (long)B * H * T * hd < 65536) nthreads = 1;
  const int width = (T + 15) / 16 * 16 + 16;
  float *scores = aligned_alloc(64, (size_t)nthreads * width * sizeof(float));
  if (!scores) return -1;
#pragma omp parallel num_threads(nthreads) if (nthreads > 1)
  {
    float *p = scores + (size_t)omp_get_thread_num() * width;
#pragma omp for schedule(static)
    for (int bh = 0; bh < B * H; bh++) {
      const int b = bh / H, h = bh % H;
      const float *qv = q + (size_t)b * q_row + (size_t)h * hd;
      const float *kb = k + ((size_t)b * Hk + h / group) * cap * hd;
      const float *vb = v + ((size_t)b * Hk + h / group) * cap * hd;
      const uint8_t *m = mask ? mask + (size_t)b * T : NULL;
      float top = -INFINITY;
      for (int t = 0; t < T; t++) {
        if (m && !m[t]) {
          p[t] = -INFINITY;
          continue;
        }
        const float *kt = kb + (size_t)t * hd;
        __m512 acc = _mm512_mul_ps(_mm512_loadu_ps(qv), _mm512_loadu_ps(kt));
        for (int i = 16; i < hd; i += 16)
          acc = _mm512_fmadd_ps(_mm512_loadu_ps(qv + i), _mm512_loadu_ps(kt + i), acc);
        p[t] = _mm512_reduce_add_ps(acc) * scale;
        top = p[t] > top ? p[t] : top;
      }
      float *o = out + (size_t)b * H * hd + (size_t)h * hd;
      if (top == -INFINITY) { /* every position masked: zeros */
        for (int i = 0; i < hd; i++) o[i] = 0.f;
        continue;
      }
      for (int t = T; t < (T + 15) / 16 * 16; t++) p[t] = -INFINITY;
      __m512 sum = _mm512_setzero_ps();
      const __m512 tops = _mm512_set1_ps(top);
      for (int t = 0; t < T; t += 16) {
        const __m512 e = exp_ps(_mm512_sub_ps(_mm512_load_ps(p + t), tops));
        _mm512_store_ps(p + t, e);
        sum = _mm512_add_ps(sum, e);
      }
      const float inv = 1.f / _mm512_reduce_add_ps(sum);
      __m512 acc[32];
      const int chunks = hd / 16;
      for (int c = 0; c < chunks; c++) acc[c] = _mm512_setzero_ps();
      for (int t = 0; t < T; t++) {
        if (p[t] == 0.f) continue;
        const __m512 w = _mm512_set1_ps(p[t]);
        const float *vt = vb + (size_t)t * hd;
        for (int c = 0; c < chunks; c++)
          acc[c] = _mm512_fmadd_ps(w, _mm512_loadu_ps(vt + c * 16), acc[c]);
      }
      const __m512 invs = _mm512_set1_ps(inv);
      for (int c = 0; c < chunks; c++) _mm512_storeu_ps(o + c * 16, _mm512_mul_ps(acc[c], invs));
    }
  }
  free(scores);
  return 0;
}

/* ---------------------------------------------------------------- 4-bit weights
 * W4: per block of 16 output rows and group of 32 inputs, 4 x 64 bytes: byte 4r + j of chunk c
 * holds input g*32 + c*8 + j of row r in its low nibble and input g*32 + c*8 + 4 + j in its
 * high one, as q = round(w / d) + 8 in 0..15; D: the groups' scales d, float16, [N16/16][G][16].
 * Activations are quantized per row to signed 8 bits (x = s * xq); a group's sum is
 * d * s * (sum(q * xq) - 8 * sum(xq)): VPDPBUSD takes the nibbles as its unsigned operand. */
static inline void tile4(const uint8_t *w, const uint16_t *d, const int8_t *xq, const int32_t *xsum,
                         const float *xs, int G, int Kp, int mr, const float *bias, float *y,
                         int ldy, int n, int N, int accumulate) {
  __m512 f[4];
  for (int j = 0; j < 4; j++) f[j] = _mm512_setzero_ps();
  const __m512i low = _mm512_set1_epi8(0x0F);
  for (int g = 0; g < G; g++) {
    __m512i lo_acc[4], hi_acc[4];
    for (int j = 0; j < mr; j++) lo_acc[j] = hi_acc[j] = _mm512_setzero_si512();
    const uint8_t *wg = w + (size_t)g * 256;
    for (int c = 0; c < 4; c++) {
      const __m512i v = _mm512_loadu_si512(wg + c * 64);
      const __m512i lo = _mm512_and_si512(v, low);
      const __m512i hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
      for (int j = 0; j < mr; j++) {
        const int32_t *x32 = (const int32_t *)(xq + (size_t)j * Kp);
        lo_acc[j] = _mm512_dpbusd_epi32(lo_acc[j], lo, _mm512_set1_epi32(x32[g * 8 + c * 2]));
        hi_acc[j] = _mm512_dpbusd_epi32(hi_acc[j], hi, _mm512_set1_epi32(x32[g * 8 + c * 2 + 1]));
      }
    }
    const __m512 scale = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(d + (size_t)g * 16)));
    for (int j = 0; j < mr; j++) {
      const __m512i sum = _mm512_sub_epi32(_mm512_add_epi32(lo_acc[j], hi_acc[j]),
                                           _mm512_set1_epi32(8 * xsum[(size_t)j * G + g]));
      f[j] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(sum), scale, f[j]);
    }
  }
  const int left = N - n;
  const __mmask16 mask = left >= 16 ? 0xFFFF : (__mmask16)((1u << left) - 1);
  const __m512 b = bias ? _mm512_maskz_loadu_ps(mask, bias + n) : _mm512_setzero_ps();
  for (int j = 0; j < mr; j++) {
    __m512 r = _mm512_fmadd_ps(f[j], _mm512_set1_ps(xs[j]), b);
    float *out = y + (size_t)j * ldy + n;
    if (accumulate) r = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, out), r);
    _mm512_mask_storeu_ps(out, mask, r);
  }
}

/* y = x @ W.T + b (or y += with `accumulate`; with `norm`, of the RMS-normalized rows) for the
 * 4-bit weights above; K is padded to Kp, a multiple of 32. Returns 0, -1 without memory. */
int atelier_int4_matmul(const uint8_t *W, const uint16_t *D, const float *x, const float *bias,
                        float *y, int M, int N, int K, int Kp, int nthreads, const float *norm,
                        float eps, int glu, int accumulate) {
  const int G = Kp / 32;
  int8_t *xq = aligned_alloc(64, ((size_t)M * Kp + 63) / 64 * 64);
  int32_t *xsum = malloc((size_t)M * G * sizeof(int32_t) + 1);
  float *xs = malloc((size_t)M * sizeof(float) + 1);
  float *row;
  x = xq && xsum && xs ? prepare(x, M, K, norm, eps, glu, &row) : NULL;
  if (!x) {
    free(xq), free(xsum), free(xs);
    return -1;
  }
  for (int m = 0; m < M; m++) {
    const float *xr = x + (size_t)m * K;
    float amax = 0.f;
    for (int k = 0; k < K; k++) amax = fabsf(xr[k]) > amax ? fabsf(xr[k]) : amax;
    const float s = amax > 0.f ? amax / 127.f : 1.f, inv = 1.f / s;
    int8_t *q = xq + (size_t)m * Kp;
    for (int k = 0; k < K; k++) q[k] = (int8_t)nearbyintf(xr[k] * inv);
    for (int k = K; k < Kp; k++) q[k] = 0;
    for (int g = 0; g < G; g++) {
      int32_t total = 0;
      for (int k = g * 32; k < g * 32 + 32; k++) total += q[k];
      xsum[(size_t)m * G + g] = total;
    }
    xs[m] = s;
  }
  free(row);
  const int nb = (N + 15) / 16;
#pragma omp parallel for num_threads(nthreads) schedule(static) if (nthreads > 1)
  for (int b = 0; b < nb; b++) {
    const uint8_t *w = W + (size_t)b * G * 256;
    const uint16_t *d = D + (size_t)b * G * 16;
    for (int m = 0; m < M; m += 4) {
      const int mr = M - m < 4 ? M - m : 4;
      float *ym = y + (size_t)m * N;
      /* the two common shapes get their own unrolled copy */
      if (mr == 1)
        tile4(w, d, xq + (size_t)m * Kp, xsum + (size_t)m * G, xs + m, G, Kp, 1, bias, ym, N,
              b * 16, N, accumulate);
      else if (mr == 4)
        tile4(w, d, xq + (size_t)m * Kp, xsum + (size_t)m * G, xs + m, G, Kp, 4, bias, ym, N,
              b * 16, N, accumulate);
      else
        tile4(w, d, xq + (size_t)m * Kp, xsum + (size_t)m * G, xs + m, G, Kp, mr, bias, ym, N,
              b * 16, N, accumulate);
    }
  }
  free(xq), free(xsum), free(xs);
  return 0;
}

/* One decode step's attention for a Llama-family layer, in one call: rotary positions applied
 * in place to the q and k heads of `qkv` (one row: hq query heads, hk key heads, hk value heads,
 * each d wide, every rotate-half pair side by side; `freq`: this position's d/2 complex factors
 * as (cos, sin) pairs), the key and value stored at `pos` of the layer's cache ([2 hk][cap][d]:
 * keys, then values), then the query's attention over positions 0..pos into `out` (hq x d). */
int atelier_attention_step(float *qkv, const float *freq, float *kv, int pos, int hq, int hk,
                           int d, int cap, float scale, float *out, int nthreads) {
  if (pos < 0 || pos >= cap || d % 2) return -2;
  for (int h = 0; h < hq + hk; h++) {
    float *x = qkv + (size_t)h * d;
    for (int i = 0; i < d; i += 2) {
      const float a = x[i], b = x[i + 1], c = freq[i], s = freq[i + 1];
      x[i] = a * c - b * s;
      x[i + 1] = a * s + b * c;
    }
  }
  for (int j = 0; j < 2 * hk; j++)
    memcpy(kv + ((size_t)j * cap + pos) * d, qkv + (size_t)(hq + j) * d, (size_t)d * sizeof(float));
  return atelier_attend_one(qkv, (long)(hq + 2 * hk) * d, kv, kv + (size_t)hk * cap * d, 1, hq,
                            hk, pos + 1, cap, d, NULL, scale, out, nthreads);
}
