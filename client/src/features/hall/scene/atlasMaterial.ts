import { ShaderMaterial, UniformsLib, UniformsUtils, type Texture } from 'three';

const vertexShader = /* glsl */ `
attribute float aCell;
uniform vec2 uGrid;
uniform float uBillboard;
varying vec2 vUv;
#include <fog_pars_vertex>
void main() {
  if (aCell < 0.0) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
  float col = mod(aCell, uGrid.x);
  float row = floor(aCell / uGrid.x);
  vUv = vec2((col + uv.x) / uGrid.x, 1.0 - (row + 1.0 - uv.y) / uGrid.y);
  vec4 mvPosition;
  if (uBillboard > 0.5) {
    mvPosition = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    mvPosition.xy += position.xy * vec2(length(instanceMatrix[0].xyz), length(instanceMatrix[1].xyz));
  } else {
    mvPosition = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
  }
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
`;

const fragmentShader = /* glsl */ `
uniform sampler2D uMap;
varying vec2 vUv;
#include <fog_pars_fragment>
void main() {
  vec4 c = texture2D(uMap, vUv);
  if (c.a < 0.5) discard;
  gl_FragColor = vec4(c.rgb, 1.0);
  #include <colorspace_fragment>
  #include <fog_fragment>
}
`;

/**
 * Instanced quads that each show one cell of an atlas, chosen by the per-instance `aCell` attribute
 * (-1 hides the instance). `billboard` quads always face the camera (count badges).
 */
export function atlasMaterial(map: Texture, cols: number, rows: number, billboard = false): ShaderMaterial {
  // merge() clones its input, textures included: set the atlas afterwards so every quad shares it.
  const uniforms = UniformsUtils.merge([
    UniformsLib.fog,
    { uMap: { value: null }, uGrid: { value: [cols, rows] }, uBillboard: { value: billboard ? 1 : 0 } },
  ]);
  uniforms.uMap.value = map;
  return new ShaderMaterial({ uniforms, vertexShader, fragmentShader, fog: true });
}
