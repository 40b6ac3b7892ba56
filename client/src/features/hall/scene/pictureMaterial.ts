import { ShaderMaterial, UniformsLib, UniformsUtils, type Texture } from 'three';

const vertexShader = /* glsl */ `
attribute vec4 aRect;
varying vec2 vUv;
#include <fog_pars_vertex>
void main() {
  // aRect is x, y, w, h in page fractions with y down; texture v runs up (flipY).
  vUv = vec2(aRect.x + uv.x * aRect.z, 1.0 - (aRect.y + (1.0 - uv.y) * aRect.w));
  vec4 mvPosition = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
`;

const fragmentShader = /* glsl */ `
uniform sampler2D uMap;
varying vec2 vUv;
#include <fog_pars_fragment>
void main() {
  gl_FragColor = vec4(texture2D(uMap, vUv).rgb, 1.0);
  #include <colorspace_fragment>
  #include <fog_fragment>
}
`;

/** Instanced panels that each show one booth's rectangle of an atlas page (the per-instance `aRect`). */
export function pictureMaterial(map: Texture): ShaderMaterial {
  const uniforms = UniformsUtils.merge([UniformsLib.fog, { uMap: { value: null } }]);
  uniforms.uMap.value = map; // after merge(), which would clone the texture
  return new ShaderMaterial({ uniforms, vertexShader, fragmentShader, fog: true });
}
